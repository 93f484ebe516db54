using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

/// <summary>
/// What a person asked for. <see cref="Tags"/> and <see cref="Formats"/> are preferences:
/// listings meeting more of them rank first, and each result says which it meets; a
/// preference in <see cref="Must"/> becomes a requirement. The other lists are filters
/// (<see cref="Activities"/>: any of them; <see cref="Filters"/>: as each group's <see cref="FilterMode"/> says).
/// Nothing here is stored or logged.
/// </summary>
public sealed record SearchRequest
{
    public string? Text { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusKm { get; init; } = 16;

    /// <summary>The nation <see cref="Near"/> is in: support offered only to other nations is left out. <see cref="Nations.All"/> when not known.</summary>
    public Nations Nation { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public IReadOnlyList<string> Must { get; init; } = [];
    public IReadOnlyList<string> Activities { get; init; } = [];

    /// <summary>The chosen values of the <see cref="FilterGroups"/> (days, times, join, cost, run by, access).</summary>
    public FilterSet Filters { get; init; }

    /// <summary>
    /// When one session must meet (exact days and times, the open-data API's); null when not
    /// asked, and then no result's schedules are read. It narrows the results after the filters,
    /// before counting and paging; the counts beside the filters do not see it.
    /// </summary>
    public SessionWindow? Sessions { get; init; }

    /// <summary>Values of the <see cref="FilterGroups"/> as preferences, like <see cref="Tags"/> (read from the words: "in the evening").</summary>
    public FilterSet Preferred { get; init; }

    /// <summary>What the words were read as: preferences like <see cref="Tags"/>, each phrase counted once (met by any tag it names); the days, times and access needs among them are also in <see cref="Preferred"/>.</summary>
    public IReadOnlyList<Reading> Readings { get; init; } = [];

    /// <summary>The words name several things (read from a description): any of them will do, listings using more first.</summary>
    public bool LooseText { get; init; }

    public bool IncludeOnlineAndPhone { get; init; } = true;
    public SortOrder Sort { get; init; } = SortOrder.BestMatch;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>Days without confirmation after which a listing is "may be out of date" and ranks below fresh ones (Freshness:OverdueDays).</summary>
    public int OverdueDays { get; init; } = 120;

    /// <summary>Used to work out next meetings; the search itself never reads the clock.</summary>
    public DateTime UtcNow { get; init; } = DateTime.UtcNow;
}
