using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// "Your listings": each listing this person leads, its status and freshness, the moderators'
/// note, and how many times it was viewed and shared each day for the last 30 days (totals only).
/// </summary>
public class IndexModel(DirectoryDbContext db, ListingCounts counts, TimeProvider clock) : PageModel
{
    public const int Days = 30;

    public sealed record Row(int Id, string Name, string Slug, ListingStatus Status, DateTime? LastConfirmedAt, DateOnly? PausedUntil, string ModeratorNote);

    public sealed record DayCount(DateOnly Day, int Views, int Shares);

    public IReadOnlyList<Row> Listings { get; private set; } = [];
    public IReadOnlyDictionary<int, List<DayCount>> Counts { get; private set; } = new Dictionary<int, List<DayCount>>();
    public DateTime UtcNow { get; private set; }

    /// <summary>The listing just created, saved, paused, resumed or closed, for the confirmation at the top.</summary>
    public (string What, Row Listing)? Done { get; private set; }

    /// <summary>Views and shares over the 30 days by the referrers' <c>via</c> tags ("" for links without one), per listing.</summary>
    public IReadOnlyDictionary<int, List<(string Via, int Views, int Shares)>> ByTag { get; private set; } = new Dictionary<int, List<(string, int, int)>>();

    public async Task OnGetAsync(int? created, int? saved, int? paused, int? resumed, int? closed, int? confirmed, CancellationToken cancellationToken)
    {
        UtcNow = clock.GetUtcNow().UtcDateTime;
        Listings = await db.Listings.AsNoTracking().LedBy(User)
            .OrderBy(l => l.Name)
            .Select(l => new Row(l.Id, l.Name, l.Slug, l.Status, l.LastConfirmedAt, l.PausedUntil, l.ModeratorNote))
            .ToListAsync(cancellationToken);
        var ids = Listings.Select(l => l.Id).ToHashSet();
        var since = UkCalendar.Day(UtcNow).AddDays(1 - Days);
        var stored = await db.ListingDailyCounts.AsNoTracking()
            .Where(c => ids.Contains(c.ListingId) && c.Day >= since)
            .ToListAsync(cancellationToken);
        var all = stored.Concat(counts.Unsaved(ids).Where(c => c.Day >= since)).ToList();
        ByTag = all.Where(c => c.Via.Length > 0).GroupBy(c => c.ListingId).ToDictionary(g => g.Key, g => g
            .GroupBy(c => c.Via)
            .Select(v => (v.Key, v.Where(c => c.Kind == CountKind.View).Sum(c => c.Count), v.Where(c => c.Kind == CountKind.Share).Sum(c => c.Count)))
            .OrderByDescending(v => v.Item2 + v.Item3).ToList());
        Counts = all
            .GroupBy(c => c.ListingId)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(c => c.Day)
                .Select(d => new DayCount(d.Key, d.Where(c => c.Kind == CountKind.View).Sum(c => c.Count), d.Where(c => c.Kind == CountKind.Share).Sum(c => c.Count)))
                .OrderByDescending(d => d.Day)
                .ToList());
        var done = new (string What, int? Id)[] { ("created", created), ("saved", saved), ("paused", paused), ("resumed", resumed), ("closed", closed), ("confirmed", confirmed) }
            .FirstOrDefault(d => d.Id is not null);
        if (done.What is not null && Listings.FirstOrDefault(l => l.Id == done.Id) is { } row)
        {
            Done = (done.What, row);
        }
    }
}
