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

    /// <summary>What was just done ("created", "saved", "paused", "resumed", "confirmed", "closed") to the listing <see cref="DoneTo"/> (see <see cref="Pages.Notice"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "listing")]
    public int? DoneTo { get; set; }

    public Notice? Notice { get; private set; }

    /// <summary>Views and shares over the 30 days by the referrers' <c>via</c> tags, per listing, as <see cref="ViaTagTotals"/> lets a lead see them.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<ViaTagTotals.Row>> ByTag { get; private set; } = new Dictionary<int, IReadOnlyList<ViaTagTotals.Row>>();

    /// <param name="created">The older form of ?done=created&amp;listing=5, still sent by Create, Edit and Status (and the same for the other five).</param>
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
        ByTag = all.GroupBy(c => c.ListingId).ToDictionary(g => g.Key, g => ViaTagTotals.ForLead(g));
        Counts = all
            .GroupBy(c => c.ListingId)
            .ToDictionary(g => g.Key, g => g
                .GroupBy(c => c.Day)
                .Select(d => new DayCount(d.Key, d.Where(c => c.Kind == CountKind.View).Sum(c => c.Count), d.Where(c => c.Kind == CountKind.Share).Sum(c => c.Count)))
                .OrderByDescending(d => d.Day)
                .ToList());
        var (what, id) = Done is not null
            ? (Done, DoneTo)
            : new (string What, int? Id)[] { ("created", created), ("saved", saved), ("paused", paused), ("resumed", resumed), ("closed", closed), ("confirmed", confirmed) }
                .FirstOrDefault(d => d.Id is not null);
        Notice = Listings.FirstOrDefault(l => l.Id == id) is { } row ? Words(what, row) : null;
    }

    private static Notice? Words(string? what, Row listing) => what switch
    {
        "created" => new($"Thank you. \"{listing.Name}\" is waiting for review.", "A moderator checks every new listing before it appears in search; we will email you when it is live."),
        "saved" => new($"Your changes to \"{listing.Name}\" are saved{(listing.Status == ListingStatus.Published ? " and live" : "")}."),
        "paused" => new($"\"{listing.Name}\" is paused", "and out of search until you resume it."),
        "resumed" => new($"\"{listing.Name}\" is back in search."),
        "confirmed" => new($"Thank you. \"{listing.Name}\" shows as confirmed today."),
        "closed" => new($"\"{listing.Name}\" is marked as closed.", "Its page tells visitors the group has closed."),
        _ => null,
    };
}
