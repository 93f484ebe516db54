namespace PeerSupport.Directory.Search;

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
