using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// How Open Referral UK objects are written and read: snake_case names, and optional fields
/// omitted rather than null (the standard's validator treats a null as a wrong type). Empty lists
/// are never built: mappers leave a list null when it would be empty.
/// </summary>
public static class OrukJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
