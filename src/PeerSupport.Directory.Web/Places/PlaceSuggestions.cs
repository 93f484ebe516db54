using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.Places;

/// <summary>
/// GET /places/suggest?q=newp: place names starting with what a person has typed into "Where?",
/// for the suggestions list wwwroot/js/places.js shows. Answers from the in-memory gazetteer only:
/// nothing leaves the server, and the query is neither logged nor cached.
/// </summary>
public static class PlaceSuggestions
{
    public const string Path = "/places/suggest";
    public const int MaxSuggestions = 8;
    public const int MaxQueryLength = 100;

    public sealed record Suggestion(string Label, string Name);

    public sealed record Answer(IReadOnlyList<Suggestion> Places);

    public static void MapPlaceSuggestions(this WebApplication app) =>
        app.MapGet(Path, (string? q, PlaceNames names, HttpContext context) =>
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
            var places = string.IsNullOrWhiteSpace(q)
                ? []
                : names.Current.StartingWith(q, MaxSuggestions).Select(p => new Suggestion(p.Label, p.Name)).ToList();
            return Results.Ok(new Answer(places));
        });
}
