using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>Removing a lead (or stepping down) and handing over. A listing always keeps at least one lead.</summary>
public partial class LeadsModel
{
    public const string LastLeadMessage = "A listing always needs at least one lead. Invite someone to take over first, or ask a moderator to close the listing.";

    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
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
        if (Leads.Count == 1)
        {
            ModelState.AddModelError(string.Empty, LastLeadMessage);
            return Page();
        }

        var rows = await db.ListingLeads.Where(l => l.ListingId == id).OrderBy(l => l.AddedAt).ToListAsync(cancellationToken);
        var row = rows.Single(l => l.UserId == userId);
        db.ListingLeads.Remove(row);
        if (row.IsPrimary)
        {
            // The longest-serving remaining lead carries on, so the listing is never without someone in charge.
            rows.First(l => l != row).IsPrimary = true;
        }
        if (!leaving.IsYou)
        {
            await TellRemovedLeadAsync(id, userId, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return leaving.IsYou ? LocalRedirect("/lead") : RedirectToPage(new { id, done = "removed" });
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
            .Link("The group's page", links.Absolute($"/groups/{id}/{ListingSlug}"));
        await Outbox.AddAsync(db, mail, $"lead-removed:{id}:{userId}:{UtcNow.Ticks}", UtcNow, cancellationToken);
    }

    public async Task<IActionResult> OnPostHandOverAsync(int id, string userId, bool stepDown, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (!InCharge)
        {
            ModelState.AddModelError(string.Empty, "Only the primary lead can hand over this listing.");
            return Page();
        }
        var rows = await db.ListingLeads.Where(l => l.ListingId == id).ToListAsync(cancellationToken);
        var next = rows.FirstOrDefault(l => l.UserId == userId && l.UserId != CurrentUserId);
        if (next is null)
        {
            ModelState.AddModelError("userId", "Choose one of the other leads to hand over to.");
            return Page();
        }
        foreach (var lead in rows)
        {
            lead.IsPrimary = lead == next;
        }
        var mine = rows.FirstOrDefault(l => l.UserId == CurrentUserId);
        if (stepDown && mine is not null)
        {
            db.ListingLeads.Remove(mine);
        }
        await db.SaveChangesAsync(cancellationToken);
        return stepDown && mine is not null ? LocalRedirect("/lead") : RedirectToPage(new { id, done = "handed-over" });
    }
}
