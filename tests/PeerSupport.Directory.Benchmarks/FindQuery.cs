using System.Globalization;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// A results-page query string (<c>where=Leeds&amp;miles=10&amp;tag=women&amp;q=walking</c>) read
/// as the Find page reads it: this mirrors the Web project's <c>Pages/Find/SearchInput</c>
/// (binding and <c>ToRequest</c>) and <c>IndexModel.OnGetAsync</c> (resolving the place). When
/// the page learns a parameter, teach <see cref="ToRequestAsync"/> the same; it is the only place
/// the benchmark builds a <see cref="SearchRequest"/> from a query.
/// </summary>
internal sealed class FindQuery
{
    private static readonly int[] MileChoices = [1, 3, 5, 10, 25, 50];
    private readonly List<(string Key, string Value)> pairs;

    private FindQuery(List<(string Key, string Value)> pairs) => this.pairs = pairs;

    public static FindQuery Parse(string queryString) => new(queryString.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(p => (Decode(p[0]).ToLowerInvariant(), p.Length == 2 ? Decode(p[1]) : ""))
        .Where(p => p.Item2.Length > 0)
        .ToList());

    public string? Where => One("where");

    public string? Q => One("q");

    public bool Local => bool.TryParse(One("local"), out var local) && local;

    public string ToQueryString() => string.Join('&', pairs.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The request the Find page would send, or null with the reason it would not search (a place it cannot pin down).</summary>
    public async Task<(SearchRequest? Request, string? Problem)> ToRequestAsync(LocationResolver places)
    {
        GeoPoint? near = null;
        if (!string.IsNullOrWhiteSpace(Where))
        {
            switch (await places.ResolveAsync(Where))
            {
                case Location.Found found:
                    near = found.Point;
                    break;
                case Location.Ambiguous ambiguous:
                    return (null, $"'{Where}' matches {ambiguous.Choices.Count} places; the page asks which");
                case Location.NotFound notFound:
                    return (null, notFound.Message);
            }
        }
        var miles = Int("miles", 10);
        var (tags, formats) = (All("tag"), All("format"));
        return (new SearchRequest
        {
            Text = Q,
            Near = near,
            RadiusKm = (MileChoices.Contains(miles) ? miles : 10) * 1.609344,
            Tags = tags,
            Formats = formats,
            Must = All("must").Where(m => tags.Contains(m) || formats.Contains(m)).ToList(),
            Activities = All("activity"),
            Days = Enums<DayOfWeek>("day"),
            Times = Enums<TimeOfDay>("time"),
            Join = Enums<JoinBy>("join"),
            Cost = Enums<Cost>("cost"),
            RunBy = Enums<RunBy>("run"),
            Access = Enums<Accessibility>("access").Aggregate(Accessibility.None, (all, a) => all | a),
            IncludeOnlineAndPhone = !Local,
            Sort = Enums<SortOrder>("sort").LastOrDefault(),
            Page = Math.Max(1, Int("page", 1)),
            UtcNow = DateTime.UtcNow,
        }, null);
    }

    private string? One(string key) => pairs.LastOrDefault(p => p.Key == key).Value;

    private List<string> All(string key) => pairs.Where(p => p.Key == key).Select(p => p.Value).ToList();

    private int Int(string key, int fallback) =>
        int.TryParse(One(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>Enum values by name or number, as model binding takes them; others are dropped.</summary>
    private List<T> Enums<T>(string key) where T : struct, Enum =>
        All(key).Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var value) ? value : (T?)null).OfType<T>().ToList();

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
