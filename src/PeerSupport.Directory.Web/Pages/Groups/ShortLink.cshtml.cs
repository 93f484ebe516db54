using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>/g/&lt;code&gt;: the stable short link. Redirects to the group's current readable URL, keeping a referrer's <c>via</c> tag when it is one.</summary>
public class ShortLinkModel(DirectoryDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, string? via, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToLowerInvariant();
        if (!ShortLinkCode.LooksValid(normalised))
        {
            return NotFound();
        }
        var listing = await db.Listings.AsNoTracking()
            .Where(l => l.ShortCode == normalised)
            .Select(l => new { l.Id, l.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return listing is null ? NotFound() : RedirectToPage("/Groups/Details", new { id = listing.Id, slug = listing.Slug, via = ViaTag.ForLink(via) });
    }
}
