using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// Edits by people (leads, moderators) go live at once; this feed lets moderators look at each
/// one afterwards, field by field, and mark it reviewed. Imports and system jobs are not listed.
/// </summary>
public class EditsModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public static readonly Expression<Func<ListingChange, bool>> Unreviewed =
        c => c.ReviewedAt == null && c.ChangedBy.StartsWith(ChangeActor.PersonPrefix);

    public sealed record Entry(long Id, int ListingId, string ListingName, DateTime ChangedAt, string Who, string Kind, IReadOnlyList<FieldChange> Fields);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public int Total { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await db.ListingChanges.CountAsync(Unreviewed, cancellationToken);
        var changes = await db.ListingChanges.AsNoTracking().Where(Unreviewed)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Take(PageSize)
            .Select(c => new { Change = c, Name = db.Listings.Where(l => l.Id == c.ListingId).Select(l => l.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var names = await ChangeAuthors.NamesAsync(db, changes.Select(c => c.Change.ChangedBy), cancellationToken);
        Entries = changes.Select(c => new Entry(c.Change.Id, c.Change.ListingId, c.Name ?? "(deleted listing)", c.Change.ChangedAt,
            names[c.Change.ChangedBy], c.Change.Kind, c.Change.Fields)).ToList();
    }

    public async Task<IActionResult> OnPostReviewAsync(long changeId, CancellationToken cancellationToken)
    {
        var marked = await MarkAsync([changeId], cancellationToken);
        Done = marked == 1 ? "Marked as reviewed." : "That change was already reviewed.";
        return RedirectToPage();
    }

    /// <summary>Marks only the changes that were on the moderator's screen, not ones that arrived since.</summary>
    public async Task<IActionResult> OnPostReviewAllAsync(long[] changeIds, CancellationToken cancellationToken)
    {
        var marked = await MarkAsync(changeIds, cancellationToken);
        Done = $"Marked {marked} {(marked == 1 ? "change" : "changes")} as reviewed.";
        return RedirectToPage();
    }

    private Task<int> MarkAsync(long[] ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var moderator = ChangeActor.Of(User);
        return db.ListingChanges.Where(Unreviewed).Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReviewedAt, now).SetProperty(c => c.ReviewedBy, moderator), cancellationToken);
    }
}
