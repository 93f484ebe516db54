using Microsoft.AspNetCore.Mvc;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>/l/{code} and /l/{code}/print: a referrer's list as the person reads it, on screen or on paper, always with today's status of each group.</summary>
public class ListModel(DirectoryDbContext db, SiteLinks links, TimeProvider clock) : ReferrerListPage
{
    public bool Print { get; private set; }

    public string ShortUrl(ListedGroup group) => links.ShortLink(group.ShortCode);

    public string QrCode(string url) => QrCodes.SvgDataUri(url);

    public async Task<IActionResult> OnGetAsync(string code, string? print, CancellationToken cancellationToken)
    {
        Print = print == "print";
        if (await ShowAsync(await ReferrerLists.ByCodeAsync(db, code, cancellationToken), db, links, cancellationToken) is { } other)
        {
            return other;
        }
        if (ReferrerLists.Touch(List, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return Page();
    }
}
