using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>/lists/edit/{key}: the private page where a referrer orders the groups, writes the note and gets the links to hand over.</summary>
public class EditListModel(DirectoryDbContext db, SiteLinks links, TimeProvider clock) : ReferrerListPage
{
    public bool UsedHere { get; private set; }
    public string Key { get; private set; } = "";

    public SharePanel Share => new("Share the list", PublicUrl, "Some peer support groups you might like")
    {
        Extra = [("Print the list with QR codes", Url.Page("/Share/List", new { code = List.Code, print = "print" })!), ("See the list as they will", Url.Page("/Share/List", new { code = List.Code })!)],
    };

    [BindProperty, StringLength(ReferrerLists.MaxNoteLength, ErrorMessage = "Keep the note under 500 characters.")]
    [Display(Name = "A note for the person (optional)")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } gone)
        {
            return gone;
        }
        if (ReferrerLists.Touch(List, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        Note = List.Note;
        return Page();
    }

    public Task<IActionResult> OnPostNoteAsync(string key, CancellationToken cancellationToken) => ChangeAsync(key, list =>
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        list.Note = (Note ?? "").Trim();
        return true;
    }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string key, int listingId, CancellationToken cancellationToken) =>
        ChangeAsync(key, list => list.Items.RemoveAll(i => i.ListingId == listingId) > 0 || true, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string key, int listingId, int by, CancellationToken cancellationToken) => ChangeAsync(key, list =>
    {
        ReferrerLists.Move(list, listingId, Math.Sign(by));
        return true;
    }, cancellationToken);

    public async Task<IActionResult> OnPostUseHereAsync(string key, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } gone)
        {
            return gone;
        }
        ListCookie.Write(Response, key);
        return RedirectToPage(new { key });
    }

    public IActionResult OnPostStop(string key)
    {
        ListCookie.Clear(Response);
        return RedirectToPage(new { key });
    }

    /// <summary>Applies a change and saves it; an invalid change shows the page again with what was typed.</summary>
    private async Task<IActionResult> ChangeAsync(string key, Func<ReferrerList, bool> change, CancellationToken cancellationToken)
    {
        if (await LoadAsync(key, cancellationToken) is { } gone)
        {
            return gone;
        }
        if (!change(List))
        {
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { key });
    }

    /// <returns>null when the list is there to edit; otherwise the page to show instead.</returns>
    private async Task<IActionResult?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        Key = key;
        UsedHere = ListCookie.Read(Request) == key;
        return await ShowAsync(await ReferrerLists.ByEditKeyAsync(db, key, cancellationToken), db, links, cancellationToken);
    }
}
