using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>
/// /g/{code}/share/{channel}: counts one share of the group (a daily total, by <c>via</c> tag
/// if the link has one) and hands over to the person's email, text or WhatsApp app with the
/// group's short link written in. Nothing about the person is kept.
/// </summary>
public class ShareGroupModel(DirectoryDbContext db, ListingCounts counts, SiteLinks links) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, string channel, string? via, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().PublicByShortCodeAsync(code, found => found.Select(l => new { l.Id, l.Name }), cancellationToken);
        var share = listing is null ? null : new ShareLinks(links.ShortLink(code, via), listing.Name).For(channel);
        if (listing is null || share is null)
        {
            return NotFound();
        }
        counts.Add(listing.Id, CountKind.Share, via);
        return Redirect(share);
    }
}
