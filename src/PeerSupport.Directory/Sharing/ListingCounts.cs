using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Sharing;

/// <summary>
/// Word-of-mouth counts kept in memory and written in one go (every minute and at shutdown), so
/// a page view never waits for a database write. Only totals per listing, day, kind and
/// <c>via</c> tag: nothing about who viewed. A crash loses at most a minute of counts, which
/// are statistics, never listings. A listing keeps at most <see cref="ViaTag.PerListingPerDay"/>
/// tags a day (checked in memory as counts arrive, and against the table when a new tag's row is
/// written, so a restart or a second server does not lift the cap); further new tags count under
/// <see cref="ViaTag.Other"/>, so a flood of made-up tags cannot grow the table or the memory.
/// </summary>
public sealed class ListingCounts(TimeProvider clock)
{
    private readonly record struct Key(int ListingId, DateOnly Day, CountKind Kind, string Via);

    private readonly ConcurrentDictionary<Key, int> pending = new();

    /// <summary>The tags each listing has counted today in this process, up to the cap.</summary>
    private readonly ConcurrentDictionary<(int ListingId, DateOnly Day), HashSet<string>> tagsSeen = new();

    /// <summary>Adds one to today's count (Europe/London day). <paramref name="via"/> is read by <see cref="ViaTag"/>: anything not a tag counts untagged.</summary>
    public void Add(int listingId, CountKind kind, string? via = null)
    {
        var day = UkCalendar.Day(clock.GetUtcNow().UtcDateTime);
        AddPending(new Key(listingId, day, kind, WithinCap(listingId, day, ViaTag.Read(via))), 1);
    }

    private string WithinCap(int listingId, DateOnly day, string tag)
    {
        if (tag.Length == 0)
        {
            return tag;
        }
        var seen = tagsSeen.GetOrAdd((listingId, day), _ => []);
        lock (seen)
        {
            return seen.Contains(tag) || (seen.Count < ViaTag.PerListingPerDay && seen.Add(tag)) ? tag : ViaTag.Other;
        }
    }

    /// <summary>Counts added since the last flush, so a dashboard is up to date before the next one.</summary>
    public IEnumerable<ListingDailyCount> Unsaved(IReadOnlySet<int> listingIds) =>
        pending.Where(p => listingIds.Contains(p.Key.ListingId))
            .Select(p => new ListingDailyCount { ListingId = p.Key.ListingId, Day = p.Key.Day, Kind = p.Key.Kind, Via = p.Key.Via, Count = p.Value });

    /// <summary>
    /// Adds the pending counts to the table: update the row if it exists, insert it if not.
    /// Each key's count is taken out with <c>TryRemove</c>, which is atomic with <c>AddOrUpdate</c>:
    /// an increment lands either in the count taken now or in a fresh entry for the next flush,
    /// never in between. (Swapping the whole dictionary is not enough: an <see cref="Add"/> that
    /// read the old dictionary just before the swap would write into it after the flush had read it.)
    /// If the database fails, the counts not yet written go back into the pending ones and the
    /// exception is rethrown, so the next flush writes them.
    /// </summary>
    public async Task<int> FlushAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        var today = UkCalendar.Day(clock.GetUtcNow().UtcDateTime);
        foreach (var old in tagsSeen.Keys.Where(k => k.Day < today.AddDays(-1)))
        {
            tagsSeen.TryRemove(old, out _);
        }
        var taken = new List<KeyValuePair<Key, int>>();
        foreach (var (key, _) in pending)
        {
            if (pending.TryRemove(key, out var count))
            {
                taken.Add(new(key, count));
            }
        }
        for (var i = 0; i < taken.Count; i++)
        {
            try
            {
                await WriteAsync(db, taken[i].Key, taken[i].Value, cancellationToken);
            }
            catch
            {
                // This key's count may not be written (a commit that fails after it took effect is
                // the one case counted twice); the ones after it certainly are not.
                foreach (var (key, count) in taken.Skip(i))
                {
                    AddPending(key, count);
                }
                throw;
            }
        }
        return taken.Count;
    }

    private void AddPending(Key key, int count) => pending.AddOrUpdate(key, count, (_, n) => n + count);

    private static async Task WriteAsync(DirectoryDbContext db, Key key, int count, CancellationToken cancellationToken)
    {
        if (await AddToRowAsync(db, key, count, cancellationToken) > 0)
        {
            return;
        }
        if (key.Via.Length > 0 && key.Via != ViaTag.Other && await TagsOnDayAsync(db, key, cancellationToken) >= ViaTag.PerListingPerDay)
        {
            await WriteAsync(db, key with { Via = ViaTag.Other }, count, cancellationToken);
            return;
        }
        var row = db.ListingDailyCounts.Add(new ListingDailyCount
        {
            ListingId = key.ListingId,
            Day = key.Day,
            Kind = key.Kind,
            Via = key.Via,
            Count = count,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server inserted the row first (add to it), or the listing is gone (nothing to count).
            row.State = EntityState.Detached;
            if (await AddToRowAsync(db, key, count, cancellationToken) == 0
                && await db.Listings.AnyAsync(l => l.Id == key.ListingId, cancellationToken))
            {
                // Neither: the database refused the write, so keep the count for the next flush.
                throw;
            }
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }

    private static Task<int> AddToRowAsync(DirectoryDbContext db, Key key, int count, CancellationToken cancellationToken) =>
        db.ListingDailyCounts
            .Where(c => c.ListingId == key.ListingId && c.Day == key.Day && c.Kind == key.Kind && c.Via == key.Via)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken);

    /// <summary>Distinct tags already written for the key's listing and day, of any kind.</summary>
    private static Task<int> TagsOnDayAsync(DirectoryDbContext db, Key key, CancellationToken cancellationToken) =>
        db.ListingDailyCounts
            .Where(c => c.ListingId == key.ListingId && c.Day == key.Day && c.Via != "" && c.Via != ViaTag.Other && c.Via != key.Via)
            .Select(c => c.Via).Distinct().CountAsync(cancellationToken);
}
