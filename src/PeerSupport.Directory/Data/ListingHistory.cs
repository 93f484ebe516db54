using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Data;

/// <summary>
/// Turns what the change tracker holds into <see cref="ListingChange"/> rows, before the save,
/// so that history and change commit together. Also renews each touched listing's
/// concurrency token and UpdatedAt, including when only its schedules, contacts or tags changed.
/// </summary>
internal static class ListingHistory
{
    private static readonly HashSet<string> Untracked = [nameof(Listing.Version), nameof(Listing.UpdatedAt), nameof(Listing.CreatedAt)];

    public static List<Listing> Record(ChangeTracker tracker, DateTime now, string actor)
    {
        tracker.DetectChanges();
        var changes = new Dictionary<Listing, List<FieldChange>>(ReferenceEqualityComparer.Instance);
        var listingsById = tracker.Entries<Listing>().Where(e => e.Entity.Id > 0).ToDictionary(e => e.Entity.Id, e => e.Entity);

        List<FieldChange> For(Listing listing) =>
            changes.TryGetValue(listing, out var list) ? list : changes[listing] = [];

        // A deleted listing's history goes with it; the feed still tells the index (ListingFeed).
        foreach (var entry in tracker.Entries<Listing>().Where(e => e.State != EntityState.Deleted))
        {
            if (entry.State == EntityState.Modified)
            {
                var fields = For(entry.Entity);
                foreach (var property in entry.Properties.Where(p => p.IsModified && !Untracked.Contains(p.Metadata.Name)))
                {
                    var (old, @new) = (Text(property.OriginalValue), Text(property.CurrentValue));
                    if (old != @new)
                    {
                        fields.Add(new FieldChange(property.Metadata.Name, old, @new));
                    }
                }
            }
            else if (entry.State == EntityState.Added)
            {
                For(entry.Entity);
            }
            RecordOwned(entry, nameof(Listing.Place), For);
            RecordOwned(entry, nameof(Listing.Area), For);
        }

        RecordChildren<ListingSchedule>(tracker, listingsById, nameof(Listing.Schedules), s => s.ListingId, ScheduleText.Describe, For);
        RecordChildren<ListingContact>(tracker, listingsById, nameof(Listing.Contacts), c => c.ListingId, c => $"{c.Kind}: {c.Value}", For);
        RecordTags(tracker, listingsById, For);

        foreach (var (listing, fields) in changes)
        {
            var entry = tracker.Context.Entry(listing);
            var added = entry.State == EntityState.Added;
            if (!added && fields.Count == 0)
            {
                continue;
            }
            listing.Version = Guid.NewGuid();
            listing.UpdatedAt = now;
            if (added)
            {
                listing.CreatedAt = now;
            }
            listing.Changes.Add(new ListingChange
            {
                ChangedAt = now,
                ChangedBy = actor,
                Kind = added ? "created" : "edited",
                Fields = fields,
            });
        }
        return [.. changes.Keys];
    }

    private static void RecordOwned(EntityEntry<Listing> owner, string navigation, Func<Listing, List<FieldChange>> changesOf)
    {
        var target = owner.Reference(navigation).TargetEntry;
        if (target is null || target.State is EntityState.Unchanged or EntityState.Added && owner.State == EntityState.Added)
        {
            return;
        }
        var old = target.State == EntityState.Added ? null : Describe(target, original: true);
        var @new = target.State == EntityState.Deleted ? null : Describe(target, original: false);
        if (old != @new)
        {
            changesOf(owner.Entity).Add(new FieldChange(navigation, old, @new));
        }
    }

    private static string Describe(EntityEntry entry, bool original) =>
        string.Join("; ", entry.Properties
            .Where(p => !p.Metadata.IsShadowProperty())
            .Select(p => $"{p.Metadata.Name}={Shortened(p.Metadata.Name, Text(original ? p.OriginalValue : p.CurrentValue))}"));

    /// <summary>
    /// A region's boundary is recorded by its size and a fingerprint, not in full: the history
    /// says that it changed, and 50 edits of a large polygon made one history page 108 MB.
    /// </summary>
    private static string? Shortened(string property, string? value) =>
        property == nameof(AreaServed.Wkt) && value is { Length: > 120 }
            ? $"boundary of {value.Length} characters #{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)))[..8]}"
            : value;

    private static void RecordChildren<T>(
        ChangeTracker tracker, Dictionary<int, Listing> listingsById, string field,
        Func<T, int> listingIdOf, Func<T, string> describe, Func<Listing, List<FieldChange>> changesOf)
        where T : class
    {
        foreach (var entry in tracker.Entries<T>().Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified))
        {
            var listing = OwnerOf(tracker, listingsById, listingIdOf(entry.Entity), entry.Entity);
            if (listing is null || tracker.Context.Entry(listing).State is EntityState.Added or EntityState.Deleted)
            {
                continue;
            }
            var old = entry.State == EntityState.Added ? null : describe((T)entry.OriginalValues.ToObject());
            var @new = entry.State == EntityState.Deleted ? null : describe(entry.Entity);
            if (old != @new)
            {
                changesOf(listing).Add(new FieldChange(field, old, @new));
            }
        }
    }

    private static Listing? OwnerOf(ChangeTracker tracker, Dictionary<int, Listing> listingsById, int listingId, object child) =>
        listingsById.GetValueOrDefault(listingId)
        ?? tracker.Entries<Listing>().Select(e => e.Entity)
            .FirstOrDefault(l => l.Schedules.Contains(child) || l.Contacts.Contains(child));

    private static void RecordTags(ChangeTracker tracker, Dictionary<int, Listing> listingsById, Func<Listing, List<FieldChange>> changesOf)
    {
        var tagNames = tracker.Entries<TaxonomyTag>().Where(e => e.Entity.Id > 0).DistinctBy(e => e.Entity.Id).ToDictionary(e => e.Entity.Id, e => e.Entity.Slug);
        foreach (var entry in tracker.Entries<Dictionary<string, object>>()
                     .Where(e => e.Metadata.Name == ListingConfiguration.ListingTagTable && e.State is EntityState.Added or EntityState.Deleted))
        {
            var listingId = (int)entry.Property(ListingConfiguration.ListingIdColumn).CurrentValue!;
            var tagId = (int)entry.Property(ListingConfiguration.TagIdColumn).CurrentValue!;
            if (!listingsById.TryGetValue(listingId, out var listing) || tracker.Context.Entry(listing).State == EntityState.Deleted)
            {
                continue;
            }
            var tag = tagNames.GetValueOrDefault(tagId, $"#{tagId}");
            changesOf(listing).Add(entry.State == EntityState.Added
                ? new FieldChange(nameof(Listing.Tags), null, tag)
                : new FieldChange(nameof(Listing.Tags), tag, null));
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
