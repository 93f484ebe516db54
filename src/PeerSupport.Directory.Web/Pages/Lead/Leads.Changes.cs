using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Removing a lead (or stepping down) and handing over. A listing always keeps at least one lead,
/// even when two leads change it at the same moment (see <see cref="LeadRoster"/>).
/// </summary>
public partial class LeadsModel
{
    public const string LastLeadMessage = "A listing always needs at least one lead. Invite someone to take over first, or ask a moderator to close the listing.";

    public const string ChangedMeanwhileMessage = "Someone else changed this listing at the same moment, so nothing was changed. Check who leads it now and try again.";

    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken cancellationToken)
    {
        // Loaded before the checks below, so a change saved after them makes this one fail (see LeadRoster).
        var roster = await LeadRoster.LoadAsync(db, id, cancellationToken);
        if (roster is null || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        var leaving = Leads.FirstOrDefault(l => l.UserId == userId);
        if (leaving is null)
        {
            return RedirectToPage(new { id });
        }
        if (!leaving.IsYou && !InCharge)
        {
            ModelState.AddModelError(string.Empty, "Only the primary lead can remove other leads. You can step down yourself.");
            return Page();
        }
        if (!roster.Remove(userId))
        {
            ModelState.AddModelError(string.Empty, LastLeadMessage);
            return Page();
        }
        if (!leaving.IsYou)
        {
            await TellRemovedLeadAsync(id, userId, cancellationToken);
        }
        if (!await roster.SaveAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, cancellationToken);
        }
        return leaving.IsYou ? RedirectToPage("/Lead/Index") : RedirectToPage(new { id, done = "removed" });
    }

    private async Task<IActionResult> ChangedMeanwhileAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.AddModelError(string.Empty, ChangedMeanwhileMessage);
        return Page();
    }

    /// <summary>Nobody loses access to a listing without being told, so a mistaken or unwelcome removal is noticed.</summary>
    private async Task TellRemovedLeadAsync(int id, string userId, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        if (email is null)
        {
            return;
        }
        var mail = new Email(email, $"You no longer lead {ListingName}")
            .Paragraph($"Another lead or a moderator removed you from the leads of {ListingName} on PeerSupport.Directory, so you can no longer change its listing.")
            .Paragraph("If you think this is a mistake, talk to the group's primary lead, or use \"Report a problem\" on the group's page to tell a moderator.")
            .Link("The group's page", links.GroupPage(id, ListingSlug));
        await Outbox.AddAsync(db, mail, $"lead-removed:{id}:{userId}:{UtcNow.Ticks}", UtcNow, cancellationToken);
    }

    public async Task<IActionResult> OnPostHandOverAsync(int id, string userId, bool stepDown, CancellationToken cancellationToken)
    {
        var roster = await LeadRoster.LoadAsync(db, id, cancellationToken);
        if (roster is null || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!InCharge)
        {
            ModelState.AddModelError(string.Empty, "Only the primary lead can hand over this listing.");
            return Page();
        }
        if (userId == CurrentUserId || !roster.HandOver(userId))
        {
            ModelState.AddModelError("userId", "Choose one of the other leads to hand over to.");
            return Page();
        }
        var steppedDown = stepDown && roster.Remove(CurrentUserId);
        if (!await roster.SaveAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, cancellationToken);
        }
        return steppedDown ? RedirectToPage("/Lead/Index") : RedirectToPage(new { id, done = "handed-over" });
    }
}
