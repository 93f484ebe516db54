using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>
/// What the two pages of a referrer's list (the person's <see cref="ListModel"/> and the
/// referrer's <see cref="EditListModel"/>) show alike: the list, its groups as they are today
/// and its short link; a list that is not there is 404 and an expired one 410 without its groups.
/// </summary>
public abstract class ReferrerListPage : PageModel
{
    public ReferrerList List { get; private set; } = null!;
    public List<ListedGroup> Groups { get; private set; } = [];
    public string PublicUrl { get; private set; } = "";

    /// <returns>null when the list is there to show (its groups loaded); otherwise the page to show instead.</returns>
    protected async Task<IActionResult?> ShowAsync(ReferrerList? list, DirectoryDbContext db, SiteLinks links, CancellationToken cancellationToken)
    {
        if (list is null)
        {
            return NotFound();
        }
        List = list;
        PublicUrl = links.ShortList(list.Code);
        if (list.ExpiredAt is not null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        Groups = await ListedGroup.LoadAsync(db, list, cancellationToken);
        return null;
    }
}
