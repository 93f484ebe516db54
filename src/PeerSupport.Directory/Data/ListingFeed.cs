using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Data;

/// <summary>
/// Adds the <see cref="ListingFeedEntry"/> rows for what the change tracker is about to save, so
/// that they commit with the change: each touched or deleted listing, each changed tag (or
/// dimension), and any change of place aliases. Changes made around the change tracker
/// (<c>ExecuteUpdate</c>) write no entry; the reconcile on every node covers those.
/// </summary>
internal static class ListingFeed
{
    public static void Record(ChangeTracker tracker, IEnumerable<Listing> touched, DateTime now)
    {
        var entries = new List<ListingFeedEntry>();
        entries.AddRange(touched.Select(listing => new ListingFeedEntry { Kind = ListingFeedKinds.Listing, Listing = listing, At = now }));
        entries.AddRange(tracker.Entries<Listing>().Where(e => e.State == EntityState.Deleted)
            .Select(e => new ListingFeedEntry { Kind = ListingFeedKinds.Listing, RemovedListingId = e.Entity.Id, At = now }));

        var tags = tracker.Entries<TaxonomyTag>().Where(Changed).Select(e => e.State == EntityState.Added ? (int?)null : e.Entity.Id)
            .Concat(tracker.Entries<TaxonomyDimension>().Where(Changed).Select(_ => (int?)null))
            .Distinct();
        entries.AddRange(tags.Select(tagId => new ListingFeedEntry { Kind = ListingFeedKinds.Taxonomy, TagId = tagId, At = now }));

        if (tracker.Entries<PlaceAlias>().Any(Changed))
        {
            entries.Add(new ListingFeedEntry { Kind = ListingFeedKinds.Places, At = now });
        }
        if (entries.Count > 0)
        {
            tracker.Context.Set<ListingFeedEntry>().AddRange(entries);
        }
    }

    /// <summary>The highest sequence written so far (0 for an empty feed).</summary>
    public static async Task<long> HeadAsync(DirectoryDbContext db, CancellationToken cancellationToken = default) =>
        await db.ListingFeed.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;

    private static bool Changed(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
}
