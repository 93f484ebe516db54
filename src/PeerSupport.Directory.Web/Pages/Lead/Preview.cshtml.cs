using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>A saved listing as the public sees (or will see) it, including while it waits for review.</summary>
[ForListingLeads]
public class PreviewModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    public Listing Listing { get; private set; } = null!;
    public DateTime UtcNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == id)
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        (Listing, UtcNow) = (listing, clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
