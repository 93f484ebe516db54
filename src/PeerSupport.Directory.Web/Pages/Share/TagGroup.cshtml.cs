using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>
/// /g/{code}/tag: a referrer adds a tag of their own to the group's link (see <see cref="ViaTag"/>),
/// so they can see on the group's counts how often their links are opened. A GET form: nothing is
/// stored until someone opens the tagged link. A value that is not a tag gets the format beside
/// the field, and what was typed stays in it.
/// </summary>
public class TagGroupModel(DirectoryDbContext db, SiteLinks links) : PageModel
{
    public const string Field = "via";

    public sealed record Group(int Id, string Name, string Slug);

    public Group Listing { get; private set; } = null!;

    /// <summary>What the referrer typed, shown back as typed.</summary>
    public string? Typed { get; private set; }

    /// <summary>The tagged link's share panel, once the tag is a tag.</summary>
    public SharePanel? Share { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? via, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().PublicByShortCodeAsync(code, found => found.Select(l => new Group(l.Id, l.Name, l.Slug)), cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        Listing = listing;
        Typed = via;
        if (via is null)
        {
            return Page();
        }
        if (!ViaTag.TryRead(via, out var tag) || tag.Length == 0)
        {
            ModelState.AddModelError(Field, $"Type a tag of {ViaTag.Format}.");
            return Page();
        }
        Share = new SharePanel("Share the tagged link", links.ShortLink(code, tag), listing.Name)
        {
            Counted = ShareLinks.Channels.ToDictionary(channel => channel, channel => Url.Page("/Share/ShareGroup", new { code, channel, via = tag })!),
            Extra =
            [
                ("Print a sheet (A4)", Url.Page("/Share/PrintGroup", new { code, format = PrintGroupModel.Sheet, via = tag })!),
                ("Print cards (A6)", Url.Page("/Share/PrintGroup", new { code, format = PrintGroupModel.Card, via = tag })!),
            ],
        };
        return Page();
    }
}
