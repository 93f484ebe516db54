using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>New listings waiting for a moderator, the longest-waiting first.</summary>
public class ListingsModel(DirectoryDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Where, DateTime SubmittedAt, int Leads);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Pending)
            .OrderBy(l => l.UpdatedAt).ThenBy(l => l.Id)
            .Select(l => new Row(l.Id, l.Name, l.Place != null ? l.Place.Town : l.Area != null ? l.Area.Name : "", l.UpdatedAt, l.Leads.Count))
            .ToListAsync(cancellationToken);
    }
}
