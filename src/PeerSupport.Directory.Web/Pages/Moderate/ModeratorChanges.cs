using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// A moderator's own decision (approving, merging tags) is recorded in the history like any change,
/// but needs no second look in the edits feed: mark the history rows the save just wrote as reviewed.
/// </summary>
public static class ModeratorChanges
{
    public static void MarkReviewed(IEnumerable<Listing> listings, string moderator, DateTime now)
    {
        foreach (var change in listings.SelectMany(l => l.Changes).Where(c => c.ReviewedAt is null))
        {
            change.ReviewedAt = now;
            change.ReviewedBy = moderator;
        }
    }
}
