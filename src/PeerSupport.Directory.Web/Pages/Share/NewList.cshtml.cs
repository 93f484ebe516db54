using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>/lists/new: what a short list is, and the button that starts one (optionally with a first group).</summary>
public class NewListModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Listing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ListingName { get; private set; }
    public ReferrerList? Current { get; private set; }
    public string? CurrentKey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ListingName = Listing is { } id ? await PublicNameAsync(id, cancellationToken) : null;
        CurrentKey = ListCookie.Read(Request);
        Current = await ReferrerLists.ByEditKeyAsync(db, CurrentKey, cancellationToken) is { ExpiredAt: null } list ? list : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (list, key) = await ReferrerLists.CreateAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (Listing is { } id && await PublicNameAsync(id, cancellationToken) is not null && ReferrerLists.Add(list, id))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        ListCookie.Write(Response, key);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Share/EditList", new { key });
    }

    private Task<string?> PublicNameAsync(int id, CancellationToken cancellationToken) =>
        db.Listings.WherePublic().Where(l => l.Id == id)
            .Select(l => l.Name).SingleOrDefaultAsync(cancellationToken);
}
