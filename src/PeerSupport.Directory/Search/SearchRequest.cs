using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

public enum SortOrder { BestMatch, Distance, NextMeeting }

public enum TimeOfDay { Morning, Afternoon, Evening, Weekend }

/// <summary>
/// What a person asked for. <see cref="Tags"/> and <see cref="Formats"/> are preferences:
/// listings meeting more of them rank first, and each result says which it meets; a
/// preference in <see cref="Must"/> becomes a requirement. The other lists are filters
/// (any of the chosen values, except accessibility needs, which must all be met).
/// Nothing here is stored or logged.
/// </summary>
public sealed record SearchRequest
{
    public string? Text { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusKm { get; init; } = 16;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public IReadOnlyList<string> Must { get; init; } = [];
    public IReadOnlyList<string> Activities { get; init; } = [];
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];
    public IReadOnlyList<TimeOfDay> Times { get; init; } = [];
    public IReadOnlyList<JoinBy> Join { get; init; } = [];
    public IReadOnlyList<Cost> Cost { get; init; } = [];
    public IReadOnlyList<RunBy> RunBy { get; init; } = [];
    public Accessibility Access { get; init; }
    public bool IncludeOnlineAndPhone { get; init; } = true;
    public SortOrder Sort { get; init; } = SortOrder.BestMatch;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Days without confirmation after which a listing is "may be out of date" and ranks below fresh ones (Freshness:OverdueDays).</summary>
    public int OverdueDays { get; init; } = 120;

    /// <summary>Used to work out next meetings; the search itself never reads the clock.</summary>
    public DateTime UtcNow { get; init; } = DateTime.UtcNow;
}

/// <summary>How a result relates to where the person is.</summary>
public enum Reach
{
    /// <summary>Meets at a venue; has a distance.</summary>
    Venue,
    /// <summary>Serves an area (radius or region) that covers the person.</summary>
    CoversArea,
    /// <summary>Serves the whole country.</summary>
    National,
    /// <summary>Online or by phone: no area given, or a hybrid group that meets in person further away.</summary>
    OnlineOrPhone,
}

public sealed record SearchHit(
    ListingCard Card, Reach Reach, double? DistanceKm, IReadOnlyList<string> PreferencesMet, IReadOnlyList<string> PreferencesNotStated, bool MayBeOutOfDate);

/// <summary>A count beside a filter value: how many results there would be with it chosen.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>A way to get results when there are none: what to relax and how many it would give.</summary>
public sealed record Relaxation(RelaxationKind Kind, string? Value, int Count);

public enum RelaxationKind { DropMust, DropFilter, DropAllFilters, WiderRadius, IncludeOnlineAndPhone, DropText }

public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<Relaxation> Relaxations)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    private Dictionary<(string, string), int>? counts;

    /// <summary>The count beside one value (0 when the index has no such value); a results page asks for about 150.</summary>
    public int CountOf(string facet, string value)
    {
        if (counts is null)
        {
            counts = new Dictionary<(string, string), int>(Facets.Sum(f => f.Value.Count));
            foreach (var (name, values) in Facets)
            {
                foreach (var count in values)
                {
                    counts.TryAdd((name, count.Value), count.Count);
                }
            }
        }
        return counts.GetValueOrDefault((facet, value));
    }
}

/// <summary>Facet names, as they appear in <see cref="SearchResults.Facets"/>.</summary>
public static class FacetNames
{
    public const string Tags = "tag";
    public const string Activities = "activity";
    public const string Days = "day";
    public const string Times = "time";
    public const string Join = "join";
    public const string Cost = "cost";
    public const string RunBy = "run";
    public const string Access = "access";
    public const string OnlineAndPhone = "online";
}
