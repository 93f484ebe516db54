using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Pause a listing for a break (optionally until a date), resume it, or mark it as closed.
/// Paused and closed listings leave search (only Published ones are indexed) but their page
/// and short link keep working and say so.
/// </summary>
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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (Listing.Status is not (ListingStatus.Published or ListingStatus.Lapsed or ListingStatus.Paused))
        {
            ModelState.AddModelError("", "Only a listing that is in search can be paused.");
            return Page();
        }
        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(Input.Until))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, ScheduleText.London));
            if (!DateOnly.TryParseExact(Input.Until.Trim(), ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                ModelState.AddModelError("Input.Until", "Enter a date like 31/01/2027, or leave it empty");
                return Page();
            }
            if (date <= today)
            {
                ModelState.AddModelError("Input.Until", "The return date must be in the future");
                return Page();
            }
            until = date;
        }
        (Listing.Status, Listing.PausedUntil) = (ListingStatus.Paused, until);
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }
        return RedirectToPage("/Lead/Index", new { paused = Id });
    }

    /// <summary>"Still running": restarts the freshness clock, and brings a lapsed listing back into search.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!FreshnessActions.CanAnswer(Listing.Status))
        {
            ModelState.AddModelError("", "Only a listing that is published, paused or hidden for being out of date can be confirmed.");
            return Page();
        }
        FreshnessActions.Confirm(Listing, clock.GetUtcNow().UtcDateTime, "lead");
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }
        return RedirectToPage("/Lead/Index", new { confirmed = Id });
    }

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (Listing.Status != ListingStatus.Paused)
        {
            ModelState.AddModelError("", "This listing is not paused.");
            return Page();
        }
        (Listing.Status, Listing.PausedUntil) = (ListingStatus.Published, null);
        // Starting again is the lead saying the group is running.
        Listing.LastConfirmedAt = clock.GetUtcNow().UtcDateTime;
        Listing.LastConfirmedBy = $"user:{LeadAccess.UserId(User)}";
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }
        return RedirectToPage("/Lead/Index", new { resumed = Id });
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!FreshnessActions.CanAnswer(Listing.Status))
        {
            // Closing makes a listing's page public ("this group has closed"); a listing no
            // moderator has approved must never become public that way.
            ModelState.AddModelError("", "Only a listing that has been published can be marked as closed.");
            return Page();
        }
        if (!Input.ConfirmClose)
        {
            ModelState.AddModelError("Input.ConfirmClose", "Tick the box to confirm the group has closed");
            return Page();
        }
        (Listing.Status, Listing.PausedUntil) = (ListingStatus.Archived, null);
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }
        return RedirectToPage("/Lead/Index", new { closed = Id });
    }

    /// <summary>Saves against the listing's version; someone else's change at the same moment is reported, not overwritten.</summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone changed this listing at the same moment, so nothing was changed. Open it again to see it as it is now.");
            return false;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var listing = await db.Listings.EditableBy(User).FirstOrDefaultAsync(l => l.Id == Id, cancellationToken);
        if (listing is not null)
        {
            Listing = listing;
        }
        return listing is not null;
    }
}
