using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>How honest the directory is about what still runs: figures, charts (SVG drawn here, no script) and the lists to act on.</summary>
public class FreshnessModel(DirectoryDbContext db, FreshnessPolicy policy, TimeProvider clock) : PageModel
{
    public sealed record ListingAge(int Id, string Name, DateTime? LastConfirmedAt, int Days);
    public sealed record BrokenLink(int ListingId, string Name, string Url, string Result, int Failures, DateTime? FlaggedAt);
    public sealed record MonthShare(DateOnly Month, double Share, int Published);

    public FreshnessFigures Figures { get; private set; } = null!;
    public List<ListingAge> Overdue { get; private set; } = [];
    public List<ListingAge> Lapsed { get; private set; } = [];
    public List<BrokenLink> BrokenLinks { get; private set; } = [];
    public List<MonthShare> Trend { get; private set; } = [];
    public int RemindersSent { get; private set; }
    public int RemindersAnswered { get; private set; }
    public FreshnessOptions Policy => policy.Options;
    public DateTime UtcNow { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UtcNow = clock.GetUtcNow().UtcDateTime;
        Figures = await FreshnessFigures.CountAsync(db, policy, UtcNow, cancellationToken);
        var overdueBefore = UtcNow.AddDays(-Policy.OverdueDays);
        Overdue = await AgesAsync(db.Listings.Where(l => l.Status == ListingStatus.Published && (l.LastConfirmedAt ?? l.CreatedAt) <= overdueBefore), cancellationToken);
        Lapsed = await AgesAsync(db.Listings.Where(l => l.Status == ListingStatus.Lapsed), cancellationToken);
        BrokenLinks = await db.LinkChecks.Where(c => c.ConsecutiveFailures >= LinkCheckJob.FailuresToFlag).OrderByDescending(c => c.ConsecutiveFailures)
            .Join(db.Listings, c => c.ListingId, l => l.Id, (c, l) => new BrokenLink(l.Id, l.Name, c.Url, c.LastResult, c.ConsecutiveFailures, c.FlaggedAt))
            .ToListAsync(cancellationToken);

        var monthAgo = UtcNow.AddDays(-30);
        RemindersSent = await db.OutboxMessages.CountAsync(m => m.CreatedAt >= monthAgo
            && (m.IdempotencyKey.StartsWith("reminder-") || m.IdempotencyKey.StartsWith("resumed:")), cancellationToken);
        RemindersAnswered = await db.OneClickUses.CountAsync(u => u.UsedAt >= monthAgo, cancellationToken);

        var today = UkCalendar.Day(UtcNow);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var snapshots = await db.FreshnessSnapshots.Where(s => s.Day >= from).OrderBy(s => s.Day).ToListAsync(cancellationToken);
        Trend = [.. snapshots.GroupBy(s => new DateOnly(s.Day.Year, s.Day.Month, 1))
            .Select(g => g.Last())
            .Select(s => new MonthShare(new DateOnly(s.Day.Year, s.Day.Month, 1), s.Published == 0 ? 0 : (double)s.ConfirmedWithin90Days / s.Published, s.Published))];
    }

    private async Task<List<ListingAge>> AgesAsync(IQueryable<Listing> listings, CancellationToken cancellationToken) =>
        [.. (await listings.OrderBy(l => l.LastConfirmedAt ?? l.CreatedAt).Take(200)
                .Select(l => new { l.Id, l.Name, l.LastConfirmedAt, Start = l.LastConfirmedAt ?? l.CreatedAt }).ToListAsync(cancellationToken))
            .Select(l => new ListingAge(l.Id, l.Name, l.LastConfirmedAt, (int)(UtcNow - l.Start).TotalDays))];

    /// <summary>The histogram's bar labels: "0–29 days" … "180+ days".</summary>
    public static string BandLabel(int band) => band switch
    {
        0 => $"0–{FreshnessFigures.AgeBands[0] - 1} days",
        _ when band < FreshnessFigures.AgeBands.Length => $"{FreshnessFigures.AgeBands[band - 1]}–{FreshnessFigures.AgeBands[band] - 1} days",
        _ => $"{FreshnessFigures.AgeBands[^1]}+ days",
    };
}
