using Hangfire;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Sharing;

/// <summary>
/// Daily: referrers' tags older than <see cref="ViaTag.KeptForDays"/> days are folded into the
/// untagged count of the same listing, day and kind, so the totals stay and the tags go. In one
/// transaction, so a failure part-way folds nothing; running it twice changes nothing more.
/// </summary>
public sealed class ViaTagPurgeJob(DirectoryDbContext db, TimeProvider clock)
{
    public const string RecurringId = "via-tag-purge";

    /// <returns>The tagged rows folded away.</returns>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = UkCalendar.Day(clock.GetUtcNow().UtcDateTime).AddDays(-ViaTag.KeptForDays);
        var tagged = db.ListingDailyCounts.Where(c => c.Day < before && c.Via != "");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var totals = await tagged
            .GroupBy(c => new { c.ListingId, c.Day, c.Kind })
            .Select(g => new { g.Key.ListingId, g.Key.Day, g.Key.Kind, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        foreach (var total in totals)
        {
            var added = await db.ListingDailyCounts
                .Where(c => c.ListingId == total.ListingId && c.Day == total.Day && c.Kind == total.Kind && c.Via == "")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + total.Count), cancellationToken);
            if (added == 0)
            {
                db.ListingDailyCounts.Add(new ListingDailyCount { ListingId = total.ListingId, Day = total.Day, Kind = total.Kind, Via = "", Count = total.Count });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        var folded = await tagged.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return folded;
    }
}
