namespace PeerSupport.Directory.Listings;

/// <summary>
/// Which listings the public may see: every one but drafts and those awaiting review. Closed,
/// lapsed and paused listings keep their page (it says so), so links to them never break.
/// </summary>
public static class PublicListings
{
    public static bool IsPublic(this ListingStatus status) => status is not (ListingStatus.Draft or ListingStatus.Pending);

    public static IQueryable<Listing> WherePublic(this IQueryable<Listing> listings) =>
        listings.Where(l => l.Status != ListingStatus.Draft && l.Status != ListingStatus.Pending);
}
