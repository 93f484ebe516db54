using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

/// <summary>
/// What a person asked for. Tags and formats are preferences: listings meeting more of them
/// rank first, and each result says which it meets. Nothing here is stored or logged.
/// </summary>
public sealed record SearchRequest
{
    public string? Text { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusKm { get; init; } = 16;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Formats { get; init; } = [];
    public bool IncludeOnlineAndPhone { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
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

public sealed record SearchHit(ListingCard Card, Reach Reach, double? DistanceKm, IReadOnlyList<string> PreferencesMet, IReadOnlyList<string> PreferencesNotStated);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
