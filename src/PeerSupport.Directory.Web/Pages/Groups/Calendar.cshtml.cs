using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PeerSupport.Directory.Calendars;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// A public group's meetings as iCalendar (<see cref="ListingCalendar"/>): the subscribable feed at
/// /groups/{id}/calendar.ics, and the same file as a download named after the group ("Add to
/// calendar"). Drafts and listings awaiting moderation: 404. The ETag and Last-Modified come from the
/// listing's last change, so a calendar app polling the feed is answered 304 until something changes.
/// </summary>
public class CalendarModel(DirectoryDbContext db, SiteLinks links) : PageModel
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>Calendar apps poll a feed; a short public cache spares the database without keeping a cancellation back for long.</summary>
    public const string CacheControl = "public, max-age=900";

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => CalendarAsync(id, download: false, cancellationToken);

    public Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken cancellationToken) => CalendarAsync(id, download: true, cancellationToken);

    private async Task<IActionResult> CalendarAsync(int id, bool download, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().WherePublic()
            .Include(l => l.Schedules)
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        var ics = ListingCalendar.Write(listing, new Uri(links.GroupPage(listing.Id, listing.Slug)));
        Response.Headers.CacheControl = CacheControl;
        return new FileContentResult(System.Text.Encoding.UTF8.GetBytes(ics), ContentType)
        {
            // A name makes it a download (Content-Disposition: attachment); the feed has none.
            FileDownloadName = download ? $"{listing.Slug}.ics" : null,
            LastModified = new DateTimeOffset(DateTime.SpecifyKind(listing.UpdatedAt, DateTimeKind.Utc)),
            EntityTag = new EntityTagHeaderValue($"\"{ListingCalendar.Tag(listing)}\""),
        };
    }
}
