using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// A lead edits a listing they lead (moderators and admins any listing); the change goes live at
/// once and the history records it. A save based on an older version is refused, showing what
/// the other person changed and keeping everything this person typed.
/// </summary>
[ForListingLeads]
public class EditModel(DirectoryDbContext db, LocationResolver places, TimeProvider clock) : ListingEditorPage(db, places, clock)
{
    [FromRoute]
    public int Id { get; set; }

    /// <summary>The listing as saved (status, short code), for the page heading and the preview.</summary>
    public Listing Saved { get; private set; } = null!;

    public IReadOnlyList<FieldConflict> Conflicts { get; private set; } = [];
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: false, cancellationToken) is not { } listing)
        {
            return NotFound();
        }
        await ShowAsync(cancellationToken);
        Input = ListingForm.From(listing);
        Input.Original = ListingConflict.Serialise(Input, TagNames());
        Input.WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: true, cancellationToken) is not { } listing)
        {
            return NotFound();
        }
        if (await MapAsync(cancellationToken) is not { } mapped)
        {
            return await ShowAsync(cancellationToken);
        }
        if (listing.Version != Input.Version)
        {
            return await RefuseStaleAsync(listing, cancellationToken);
        }
        var edited = mapped.Listing;
        // The editor changes the details; the status moves only through the life cycle.
        (edited.Status, edited.PausedUntil) = (listing.Status, listing.PausedUntil);
        ListingCopy.CopyFrom(listing, edited, mapped.Tags);
        ListingLifeCycle.Edited(listing, UtcNow, ChangeActor.Of(User));
        listing.AddressOnRequest = edited.AddressOnRequest;
        listing.AcceptsMessages = edited.AcceptsMessages;
        // The database refuses the save too if someone saved between our read and this write.
        Db.Entry(listing).Property(l => l.Version).OriginalValue = Input.Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            return await LoadAsync(tracked: false, cancellationToken) is { } current
                ? await RefuseStaleAsync(current, cancellationToken)
                : NotFound();
        }
        return RedirectToPage("/Lead/Index", new { saved = listing.Id });
    }

    protected override async Task<bool> MayEditAsync(CancellationToken cancellationToken) =>
        await LoadAsync(tracked: false, cancellationToken) is not null;

    protected override void CompletePreview(Listing preview)
    {
        preview.Id = Saved.Id;
        preview.ShortCode = Saved.ShortCode;
        preview.Status = Saved.Status;
        preview.PausedUntil = Saved.PausedUntil;
        preview.LastConfirmedAt = Saved.LastConfirmedAt;
    }

    private async Task<IActionResult> RefuseStaleAsync(Listing current, CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        var saved = ListingForm.From(current);
        Stale = true;
        Conflicts = ListingConflict.Compare(Input.Original, saved, Input, TagNames());
        // The next save is based on what is saved now; this person's input stays in the form.
        Input.Version = current.Version;
        Input.Original = ListingConflict.Serialise(saved, TagNames());
        ModelState.Remove("Input.Version");
        ModelState.Remove("Input.Original");
        ModelState.AddModelError("", "Someone else saved this listing while you were editing it. Nothing you typed has been saved yet: check their changes below, then save again.");
        return Page();
    }

    private async Task<Listing?> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.Listings.Where(l => l.Id == Id)
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .AsSplitQuery();
        var listing = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (listing is not null)
        {
            Saved = listing;
        }
        return listing;
    }
}
