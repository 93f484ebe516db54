using System.Security.Cryptography;
using System.Text.Json;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// How the API answers: JSON written with <see cref="OrukJson.Options"/>, errors as a small
/// problem body, and the caching a nightly harvest relies on (an ETag answered 304 when it still
/// matches, Last-Modified). An answer to a search or a postcode is never cached on the way: it
/// says what someone looked for.
/// </summary>
public static class OpenDataAnswers
{
    public static IResult Problem(int status, string detail) =>
        Results.Json(new { status, detail }, OrukJson.Options, "application/problem+json", status);

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, detail);

    /// <summary>An id no public object has, a UUID or not: the address names nothing here (a harvester drops it), it is not a broken request.</summary>
    public static IResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, $"No public {what} has that id.");

    /// <summary>
    /// <paramref name="value"/> as JSON with an ETag of its bytes, or 304 when the client holds
    /// them already. <paramref name="personal"/> (a search or a place was asked for) is no-store.
    /// </summary>
    public static IResult Json<T>(HttpContext context, T value, DateTime? lastModifiedUtc, bool personal)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, OrukJson.Options);
        var headers = context.Response.Headers;
        if (personal)
        {
            headers.CacheControl = "no-store";
            return Results.Bytes(body, "application/json");
        }
        var tag = $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18)}\"";
        headers.ETag = tag;
        headers.CacheControl = "public, max-age=60";
        if (lastModifiedUtc is { } modified)
        {
            headers.LastModified = DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }
        return Matches(context, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, "application/json");
    }

    /// <summary>True when If-None-Match names <paramref name="tag"/> (or is *).</summary>
    public static bool Matches(HttpContext context, string tag) =>
        context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() is var one && (one == tag || one == "*" || one == "W/" + tag)));
}
