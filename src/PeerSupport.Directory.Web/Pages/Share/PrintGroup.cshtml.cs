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
/// A group on paper: an A4 signposting sheet, or A6 cards (four to an A4 page) to hand out.
/// Each carries the short link written out and as a QR code, so the paper leads back to the
/// group's current details, not to what was printed.
/// </summary>
public class PrintGroupModel(DirectoryDbContext db, SiteLinks links, TimeProvider clock) : PageModel
{
    public const string Sheet = "sheet";
    public const string Card = "card";

    public Listing Listing { get; private set; } = null!;
    public string Format { get; private set; } = Sheet;
    public string ShortUrl { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public DateTime UtcNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string format, string? via, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().PublicByShortCodeAsync(code, found => found
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension).AsSplitQuery(), cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        Listing = listing;
        Format = format;
        UtcNow = clock.GetUtcNow().UtcDateTime;
        ShortUrl = links.ShortLink(code, via);
        QrCode = QrCodes.SvgDataUri(ShortUrl);
        return Page();
    }
}
