using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Pages.Share;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// A group's public page. Drafts and listings awaiting moderation are not public: 404.
/// Each view adds one to the day's count (in memory; no cookie, address or user agent kept).
/// </summary>
public class DetailsModel(DirectoryDbContext db, TimeProvider clock, ListingCounts counts, ListingSearch search, SiteLinks links, FreshnessPolicy freshness) : PageModel
{
    public Listing Listing { get; private set; } = null!;
    public DateTime UtcNow { get; private set; }

    /// <summary>Running alternatives, shown when this group has closed, lapsed or is on a break.</summary>
    public SimilarGroups? Similar { get; private set; }

    public SharePanel Share { get; private set; } = null!;

    public int OverdueDays => freshness.Options.OverdueDays;

    /// <summary>The readable address, for search engines and link previews.</summary>
    public string CanonicalUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? slug, string? via, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null || !listing.Status.IsPublic())
        {
            return NotFound();
        }
        via = ViaTag.ForLink(via);
        if (slug != listing.Slug)
        {
            return RedirectToPagePermanent("/Groups/Details", new { id, slug = listing.Slug, via });
        }
        counts.Add(listing.Id, CountKind.View, via);
        Listing = listing;
        UtcNow = clock.GetUtcNow().UtcDateTime;
        Similar = SimilarGroups.Wanted(listing.Status) ? SimilarGroups.For(search, listing, UtcNow) : null;
        CanonicalUrl = links.GroupPage(listing.Id, listing.Slug);
        var code = listing.ShortCode;
        Share = new SharePanel("Share this group", links.ShortLink(code, via), listing.Name)
        {
            Counted = ShareLinks.Channels.ToDictionary(channel => channel, channel => Url.Page("/Share/ShareGroup", new { code, channel, via })!),
            Extra =
            [
                ("Print a sheet (A4)", Url.Page("/Share/PrintGroup", new { code, format = PrintGroupModel.Sheet, via })!),
                ("Print cards (A6)", Url.Page("/Share/PrintGroup", new { code, format = PrintGroupModel.Card, via })!),
                ("Add to a short list for someone", Url.Page("/Share/NewList", new { listing = listing.Id })!),
                ("Add your own tag to the link (for referrers)", Url.Page("/Share/TagGroup", new { code, via })!),
            ],
        };
        return Page();
    }
}
