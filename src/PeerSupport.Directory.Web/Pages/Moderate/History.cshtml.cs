using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>Every recorded change to one listing, newest first: who, when, and each field before and after.</summary>
public class HistoryModel(DirectoryDbContext db) : PageModel
{
    public sealed record Entry(long Id, DateTime ChangedAt, string Who, string Kind, IReadOnlyList<FieldChange> Fields, DateTime? ReviewedAt);

    public int ListingId { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Name, l.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        (ListingId, Name, Slug) = (id, listing.Name, listing.Slug);
        var changes = await db.ListingChanges.AsNoTracking().Where(c => c.ListingId == id)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var names = await ChangeAuthors.NamesAsync(db, changes.Select(c => c.ChangedBy), cancellationToken);
        Entries = changes.Select(c => new Entry(c.Id, c.ChangedAt, names[c.ChangedBy], c.Kind, c.Fields, c.ReviewedAt)).ToList();
        return Page();
    }
}
