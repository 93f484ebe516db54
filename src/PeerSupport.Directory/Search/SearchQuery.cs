using System.Globalization;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

/// <summary>
/// A search as it travels in the URL of the results page (<c>where=Leeds&amp;miles=10&amp;tag=women&amp;day=Monday</c>):
/// the whole state is here, so a search can be shared or bookmarked, and nothing about it is
/// kept on the server or in a cookie. The one reader and writer of that query string, for the
/// page, the benchmark's query mix and the relevance suites; the place (<see cref="Where"/>)
/// is resolved by the caller, which turns it into <see cref="SearchRequest.Near"/>.
/// </summary>
public sealed class SearchQuery
{
    public static readonly int[] MileChoices = [1, 3, 5, 10, 25, 50];
    private const int DefaultMiles = 10;

    /// <summary>
    /// Bounds on what a URL may ask, so a search costs what a person could ask for and no more:
    /// the page offers fewer choices in every group than <see cref="MaxValues"/>, 20 results a
    /// page to <see cref="MaxPage"/> pages is more than anyone reads, and words beyond
    /// <see cref="MaxWords"/> characters describe nothing more.
    /// </summary>
    public const int MaxValues = 25;

    public const int MaxPage = 50;

    public const int MaxWords = 200;

    public string? Where { get; set; }
    public string? Q { get; set; }
    public int Miles { get; set; } = DefaultMiles;

    /// <summary>What the person would like to have in common (preferences).</summary>
    public List<string> Tag { get; set; } = [];

    /// <summary>How they would like to meet (preferences).</summary>
    public List<string> Format { get; set; } = [];

    /// <summary>Preferences marked as a must.</summary>
    public List<string> Must { get; set; } = [];

    public List<string> Activity { get; set; } = [];

    /// <summary>The chosen values of every <see cref="FilterGroups"/> row, each under its group's name.</summary>
    public FilterSet Filters { get; set; }

    /// <summary>"Only groups that meet near me": leaves out online and phone support.</summary>
    public bool Local { get; set; }

    public SortOrder Sort { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>"Show map" (map=1): only then does the page load the map and its tiles.</summary>
    public bool Map { get; set; }

    /// <summary>"Search the words as typed" (typed=1): the words are matched as text only, not read as choices.</summary>
    public bool Typed { get; set; }

    /// <summary>Readings the person undid ("unread=time:Evening"): those words are matched as text.</summary>
    public List<string> Unread { get; set; } = [];

    public int SafeMiles => MileChoices.Contains(Miles) ? Miles : DefaultMiles;

    /// <summary>Musts, activities, filter values and "only near me": what the refine panel's heading counts as chosen filters.</summary>
    public int FilterCount => Must.Count + Activity.Count + Filters.Count + (Local ? 1 : 0);

    /// <summary>
    /// Reads a query string through <paramref name="valuesOf"/> (every value of a key, e.g.
    /// <c>key => Request.Query[key]</c>). Keys are lower case; values the page never writes
    /// (an unknown day, a page of "two") fall back to the defaults rather than fail.
    /// </summary>
    public static SearchQuery Parse(Func<string, IEnumerable<string?>> valuesOf)
    {
        List<string> All(string key) => [.. valuesOf(key).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Bounded(v!.Trim()))
            .Distinct(StringComparer.Ordinal).Take(MaxValues)];
        string? One(string key) => valuesOf(key).LastOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } v ? Bounded(v.Trim()) : null;
        int Int(string key, int fallback) => int.TryParse(One(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        bool Flag(string key) => One(key) is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("on", StringComparison.OrdinalIgnoreCase));
        return new SearchQuery
        {
            Where = One("where"),
            Q = One("q"),
            Miles = Int("miles", DefaultMiles),
            Tag = All("tag"),
            Format = All("format"),
            Must = All("must"),
            Activity = All("activity"),
            Filters = FilterGroups.Parse(key => All(key)),
            Local = Flag("local"),
            Sort = Enum.TryParse<SortOrder>(One("sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : SortOrder.BestMatch,
            Page = Math.Clamp(Int("page", 1), 1, MaxPage),
            Map = Flag("map"),
            Typed = Flag("typed"),
            Unread = All("unread"),
        };
    }

    /// <summary>Reads a query string such as <c>?where=Leeds&amp;tag=women</c>.</summary>
    public static SearchQuery Parse(string queryString)
    {
        var pairs = queryString.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(p => (Key: Decode(p[0]).ToLowerInvariant(), Value: p.Length == 2 ? Decode(p[1]) : ""))
            .ToList();
        return Parse(key => pairs.Where(p => p.Key == key).Select(p => p.Value));
    }

    private static string Bounded(string value) => value.Length > MaxWords ? value[..MaxWords] : value;

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    /// <summary>
    /// The request to search. With a <paramref name="reader"/> (and not <see cref="Typed"/>), the
    /// words are read first: what they name joins the preferences, the rest is the text.
    /// </summary>
    public SearchRequest ToRequest(GeoPoint? near, DateTime utcNow, QueryReader? reader = null, Func<string, bool>? knownWord = null)
    {
        var words = WithoutPlace(Q, Where);
        var reading = reader is null || Typed ? QueryReading.AsTyped(words) : reader.Read(words, Unread, knownWord);
        return new SearchRequest
        {
            Text = reading.Text,
            Near = near,
            RadiusKm = SafeMiles * 1.609344,
            Tags = Tag,
            Formats = Format,
            Preferred = reading.Filters,
            Readings = reading.Readings,
            LooseText = reading.Loose,
            Must = Must.Where(m => Tag.Contains(m) || Format.Contains(m)).ToList(),
            Activities = Activity,
            Filters = Filters,
            IncludeOnlineAndPhone = !Local,
            Sort = Sort,
            Page = Math.Clamp(Page, 1, MaxPage),
            UtcNow = utcNow,
        };
    }

    /// <summary>
    /// The words without the place the person also gave as "where" ("drop in for men in cardiff"
    /// near Cardiff): the place is searched by distance, and listings need not name it.
    /// </summary>
    private static string? WithoutPlace(string? text, string? where)
    {
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(where))
        {
            return text;
        }
        var place = where.Split(',')[0].Trim();
        if (place.Length < 3)
        {
            return text;
        }
        var without = System.Text.RegularExpressions.Regex.Replace(text, $@"\b(in|near|around|at)?\s*{System.Text.RegularExpressions.Regex.Escape(place)}\b", " ",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)).Trim();
        return without.Length > 0 ? without : null;
    }

    /// <summary>A copy with some change made, on page 1 unless the change says otherwise, for links such as "next page" or "include online support".</summary>
    public SearchQuery With(Action<SearchQuery> change)
    {
        var copy = (SearchQuery)MemberwiseClone();
        copy.Tag = [.. Tag];
        copy.Format = [.. Format];
        copy.Must = [.. Must];
        copy.Activity = [.. Activity];
        copy.Unread = [.. Unread];
        copy.Page = 1;
        change(copy);
        return copy;
    }

    /// <summary>This search as (key, value) pairs in a stable order; defaults are left out so links stay short.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, object? value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(text))
            {
                pairs.Add(new(key, text));
            }
        }
        Add("where", Where);
        Add("q", Q);
        Add("miles", SafeMiles == DefaultMiles ? null : SafeMiles);
        Tag.ForEach(v => Add("tag", v));
        Format.ForEach(v => Add("format", v));
        Must.ForEach(v => Add("must", v));
        Activity.ForEach(v => Add("activity", v));
        foreach (var group in FilterGroups.All)
        {
            foreach (var value in Filters.In(group))
            {
                Add(group.Name, value.Key);
            }
        }
        Add("local", Local ? "true" : null);
        Add("sort", Sort == SortOrder.BestMatch ? null : Sort);
        Add("page", Page > 1 ? Page : null);
        Add("map", Map ? "1" : null);
        Add("typed", Typed ? "1" : null);
        Unread.ForEach(v => Add("unread", v));
        return pairs;
    }

    /// <summary>This search as a query string ("?where=Leeds&amp;tag=women"), or "" for an empty search.</summary>
    public string ToQueryString()
    {
        var pairs = ToPairs().Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }
}
