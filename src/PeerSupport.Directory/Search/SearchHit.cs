namespace PeerSupport.Directory.Search;

public sealed record SearchHit(
    ListingCard Card, Reach Reach, double? DistanceKm, IReadOnlyList<string> PreferencesMet, IReadOnlyList<string> PreferencesNotStated, bool MayBeOutOfDate);
