using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.Places;

/// <summary>
/// GET /places/suggest?q=newp: place names starting with what a person has typed into "Where?",
/// for the suggestions list wwwroot/js/places.js shows. When no name starts so, the one resolver
/// (<see cref="LocationResolver.ResolveName"/>) answers instead: "sheffeild" suggests Sheffield,
/// "casnewydd" Newport. Answers from the in-memory gazetteer only: nothing leaves the server,
/// and the query is neither logged nor cached.
/// </summary>
public static class PlaceSuggestions
{
    public const string Path = "/places/suggest";
    public const int MaxSuggestions = 8;
    public const int MaxQueryLength = 100;

    public sealed record Suggestion(string Label, string Name);

    public sealed record Answer(IReadOnlyList<Suggestion> Places);

    public static void MapPlaceSuggestions(this WebApplication app) =>
        app.MapGet(Path, (string? q, PlaceNames names, LocationResolver resolver, HttpContext context) =>
        {
            // Searches are private: never kept by a browser or a proxy.
            context.Response.Headers.CacheControl = "no-store";
            if (q is { Length: > MaxQueryLength })
            {
                return Results.Problem(
                    title: "The place name is too long.",
                    detail: $"Send at most {MaxQueryLength} characters in q.",
                    statusCode: StatusCodes.Status400BadRequest);
            }
            var places = string.IsNullOrWhiteSpace(q) ? [] : names.Current.StartingWith(q, MaxSuggestions);
            if (places.Count == 0 && q is { Length: >= 5 })
            {
                places = resolver.ResolveName(q) switch
                {
                    Location.Found { Place: { } place } found => [place, .. found.Others],
                    Location.Ambiguous ambiguous => ambiguous.Choices,
                    Location.NotFound notFound => notFound.Suggestions,
                    _ => [],
                };
            }
            return Results.Ok(new Answer(places.Take(MaxSuggestions).Select(p => new Suggestion(p.Label, p.Name)).ToList()));
        }).RequireRateLimiting(Safety.RateLimits.Search);
}
