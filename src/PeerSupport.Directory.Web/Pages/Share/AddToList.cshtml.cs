using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>"Add to list" from a search result or a group page: adds to the list this device is making, then goes back.</summary>
public class AddToListModel(DirectoryDbContext db) : PageModel
{
    [BindProperty]
    public int ListingId { get; set; }

    [BindProperty]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Share/NewList");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var list = await ReferrerLists.ByEditKeyAsync(db, ListCookie.Read(Request), cancellationToken);
        if (list is null || list.ExpiredAt is not null)
        {
            return RedirectToPage("/Share/NewList", new { listing = ListingId, returnUrl = ReturnUrl });
        }
        var isPublic = await db.Listings.WherePublic().AnyAsync(l => l.Id == ListingId, cancellationToken);
        if (isPublic && ReferrerLists.Add(list, ListingId))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double press added it from another request first: it is on the list either way.
            }
        }
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Share/EditList", new { key = ListCookie.Read(Request) });
    }
}
