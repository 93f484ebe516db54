using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Freshness;

/// <summary>Daily: the day's freshness figures, for the 12-month trend. Running again the same day overwrites that day.</summary>
public sealed class FreshnessSnapshotJob(DirectoryDbContext db, IOptions<FreshnessOptions> options, TimeProvider clock)
{
    public const string RecurringId = "freshness-snapshot";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<FreshnessSnapshot> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var figures = await FreshnessFigures.CountAsync(db, new FreshnessPolicy(options.Value), now, cancellationToken);
        var day = UkCalendar.Day(now);
        var snapshot = await db.FreshnessSnapshots.SingleOrDefaultAsync(s => s.Day == day, cancellationToken);
        if (snapshot is null)
        {
            snapshot = new FreshnessSnapshot { Day = day };
            db.FreshnessSnapshots.Add(snapshot);
        }
        snapshot.Published = figures.Published;
        snapshot.ConfirmedWithin90Days = figures.ConfirmedWithinDueDays;
        snapshot.Due = figures.Due;
        snapshot.Overdue = figures.Overdue;
        snapshot.Lapsed = figures.Lapsed;
        snapshot.Paused = figures.Paused;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another runner wrote today's row first; its figures are as good as ours.
        }
        return snapshot;
    }
}

/// <summary>Freshness counts over the listings as they are now: the dashboard and the snapshot share them.</summary>
public sealed record FreshnessFigures(int Published, int ConfirmedWithinDueDays, int Due, int Overdue, int Lapsed, int Paused, int[] AgeHistogram)
{
    /// <summary>Upper bounds (days) of the age histogram's bars; the last bar is everything older.</summary>
    public static readonly int[] AgeBands = [30, 60, 90, 120, 180];

    public double ShareConfirmed => Published == 0 ? 0 : (double)ConfirmedWithinDueDays / Published;

    public static async Task<FreshnessFigures> CountAsync(DirectoryDbContext db, FreshnessPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        var listings = await db.Listings.Where(l => l.Status == ListingStatus.Published || l.Status == ListingStatus.Lapsed || l.Status == ListingStatus.Paused)
            .Select(l => new { l.Status, Start = l.LastConfirmedAt ?? l.CreatedAt }).ToListAsync(cancellationToken);
        var published = listings.Where(l => l.Status == ListingStatus.Published).ToList();
        var stages = published.Select(l => policy.StageOf(l.Start, now)).ToList();
        var histogram = new int[AgeBands.Length + 1];
        foreach (var l in published)
        {
            var days = (now - l.Start).TotalDays;
            var band = Array.FindIndex(AgeBands, upper => days < upper);
            histogram[band < 0 ? AgeBands.Length : band]++;
        }
        return new FreshnessFigures(
            published.Count,
            stages.Count(s => s == FreshnessStage.Fresh),
            stages.Count(s => s is FreshnessStage.Due or FreshnessStage.SecondReminder),
            stages.Count(s => s >= FreshnessStage.Overdue),
            listings.Count(l => l.Status == ListingStatus.Lapsed),
            listings.Count(l => l.Status == ListingStatus.Paused),
            histogram);
    }
}
