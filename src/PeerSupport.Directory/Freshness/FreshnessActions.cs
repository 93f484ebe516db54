using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// The answers a lead (or moderator) can give about whether a listing still runs, as changes to
/// the listing; the caller saves them, so history, the index and the concurrency token follow.
/// </summary>
public static class FreshnessActions
{
    /// <summary>"Still running": restarts the clock and revives a lapsed listing.</summary>
    public static void Confirm(Listing listing, DateTime now, string by)
    {
        listing.LastConfirmedAt = now;
        listing.LastConfirmedBy = by;
        if (listing.Status == ListingStatus.Lapsed)
        {
            listing.Status = ListingStatus.Published;
        }
    }

    /// <summary>
    /// Hidden from search until <paramref name="until"/> (a UK date), or until a lead resumes it.
    /// Telling us about a break is news of the group, so the clock restarts; when the break
    /// ends the sweep asks at once whether it is running again.
    /// </summary>
    public static void Pause(Listing listing, DateOnly? until, DateTime now, string by)
    {
        listing.Status = ListingStatus.Paused;
        listing.PausedUntil = until;
        listing.LastConfirmedAt = now;
        listing.LastConfirmedBy = by;
    }

    /// <summary>Archived: out of search for good; its links answer with a kind page.</summary>
    public static void Close(Listing listing)
    {
        listing.Status = ListingStatus.Archived;
        listing.PausedUntil = null;
    }

    /// <summary>Statuses a lead's one-click answer may act on (not drafts awaiting review, not archived).</summary>
    public static bool CanAnswer(ListingStatus status) =>
        status is ListingStatus.Published or ListingStatus.Paused or ListingStatus.Lapsed;
}
