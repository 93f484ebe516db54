using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Pause a listing for a break (optionally until a date), resume it, or mark it as closed.
/// Paused and closed listings leave search (only Published ones are indexed) but their page
/// and short link keep working and say so. Each step is one of <see cref="ListingLifeCycle"/>.
/// </summary>
[ForListingLeads]
public class StatusModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Listing Listing { get; private set; } = null!;

    public sealed class InputModel
    {
        /// <summary>Optional date the group expects to start again.</summary>
        public string? Until { get; set; }

        /// <summary>The lead ticked "Yes, this group has closed".</summary>
        public bool ConfirmClose { get; set; }
    }

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    private string Actor => ChangeActor.Of(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(Input.Until))
        {
            if (!DateOnly.TryParseExact(Input.Until.Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                ModelState.AddModelError("Input.Until", "Enter a date like 31/01/2027, or leave it empty");
                return Page();
            }
            until = date;
        }
        if (!ListingLifeCycle.IsReturnDate(until, UtcNow))
        {
            ModelState.AddModelError("Input.Until", ListingLifeCycle.ReturnDateMessage);
            return Page();
        }
        return await StepAsync(ListingLifeCycle.Pause(Listing, until, UtcNow, Actor), "Only a listing that is in search can be paused.", new { paused = Id }, cancellationToken);
    }

    /// <summary>"Still running": restarts the freshness clock, and brings a lapsed listing back into search.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? await StepAsync(ListingLifeCycle.Confirm(Listing, UtcNow, Actor), "Only a listing that is published, paused or hidden for being out of date can be confirmed.", new { confirmed = Id }, cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? await StepAsync(ListingLifeCycle.Resume(Listing, UtcNow, Actor), "This listing is not paused.", new { resumed = Id }, cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        const string NotOpen = "Only a listing that has been published can be marked as closed.";
        if (!ListingLifeCycle.IsOpen(Listing.Status))
        {
            return await StepAsync(false, NotOpen, null, cancellationToken);
        }
        if (!Input.ConfirmClose)
        {
            ModelState.AddModelError("Input.ConfirmClose", "Tick the box to confirm the group has closed");
            return Page();
        }
        return await StepAsync(ListingLifeCycle.Close(Listing, UtcNow), NotOpen, new { closed = Id }, cancellationToken);
    }

    /// <summary>Back into search after a closure, by a lead within <see cref="ListingLifeCycle.LeadReopenWindow"/>, by a moderator at any time.</summary>
    public async Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var allowed = MayReopen && ListingLifeCycle.Reopen(Listing, UtcNow, Actor);
        return await StepAsync(allowed, "Only a moderator can reopen a listing closed more than 30 days ago. Use Report a problem on its page, or ask a moderator.", new { reopened = Id }, cancellationToken);
    }

    /// <summary>True when this person may reopen the (closed) listing now.</summary>
    public bool MayReopen => Listing.Status == ListingStatus.Archived && (User.IsInRole(Roles.Moderator) || User.IsInRole(Roles.Admin) || ListingLifeCycle.LeadMayReopen(Listing, UtcNow));

    /// <summary>
    /// Saves a step the life cycle allowed, against the listing's version (someone else's change at
    /// the same moment is reported, not overwritten), and goes back to the dashboard saying so.
    /// </summary>
    private async Task<IActionResult> StepAsync(bool allowed, string refusal, object? done, CancellationToken cancellationToken)
    {
        if (!allowed)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone changed this listing at the same moment, so nothing was changed. Open it again to see it as it is now.");
            return Page();
        }
        return RedirectToPage("/Lead/Index", done);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.Listings.FirstOrDefaultAsync(l => l.Id == Id, cancellationToken) is not { } listing)
        {
            return false;
        }
        Listing = listing;
        return true;
    }
}
