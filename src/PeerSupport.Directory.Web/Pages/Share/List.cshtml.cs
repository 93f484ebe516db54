using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>/l/{code} and /l/{code}/print: a referrer's list as the person reads it, on screen or on paper, always with today's status of each group.</summary>
public class ListModel(DirectoryDbContext db, SiteLinks links, TimeProvider clock) : PageModel
{
    public ReferrerList List { get; private set; } = null!;
    public List<ListedGroup> Groups { get; private set; } = [];
    public bool Print { get; private set; }
    public string PublicUrl { get; private set; } = "";

    public string ShortUrl(ListedGroup group) => links.ShortLink(group.ShortCode);

    public string QrCode(string url) => QrCodes.SvgDataUri(url);

    public async Task<IActionResult> OnGetAsync(string code, string? print, CancellationToken cancellationToken)
    {
        var list = await ReferrerLists.ByCodeAsync(db, code, cancellationToken);
        if (list is null)
        {
            return NotFound();
        }
        List = list;
        Print = print == "print";
        PublicUrl = links.ShortList(list.Code);
        if (list.ExpiredAt is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        if (ReferrerLists.Touch(list, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        Groups = await ListedGroup.LoadAsync(db, list, cancellationToken);
        return Page();
    }
}
