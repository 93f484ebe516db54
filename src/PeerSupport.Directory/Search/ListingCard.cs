using System.Text.Json;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// What a result shows, stored in the index with each document so a results page needs no
/// database round trip. Built from a listing by <see cref="ListingDocument"/>.
/// </summary>
public sealed record ListingCard
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string ShortCode { get; init; } = "";
    public string Summary { get; init; } = "";
    public string WhoFor { get; init; } = "";
    public List<string> TagNames { get; init; } = [];
    public Formats Formats { get; init; }
    public JoinBy JoinBy { get; init; }
    public RunBy RunBy { get; init; }
    public string Town { get; init; } = "";
    public string AreaName { get; init; } = "";
    public List<ListingSchedule> Schedules { get; init; } = [];
    public DateTime? LastConfirmedAt { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Default.ListingCard);

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Default.ListingCard);

    public static ListingCard FromJson(string json) => JsonSerializer.Deserialize(json, CardJson.Default.ListingCard)!;

    public static ListingCard FromUtf8Json(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, CardJson.Default.ListingCard)!;
}

/// <summary>Cards as JSON (web naming), generated at build time: a results page reads twenty.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ListingCard))]
internal sealed partial class CardJson : System.Text.Json.Serialization.JsonSerializerContext;
