using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Who leads a listing: invite co-leads by email, cancel invitations, remove a lead or step down,
/// hand over. Only the listing's leads and moderators see it; everyone else gets 404 from every
/// handler. Removing and handing over live in Leads.Changes.cs.
/// </summary>
[ForListingLeads]
public partial class LeadsModel(DirectoryDbContext db, TimeProvider clock, SiteLinks links, IOptions<InviteLimitOptions> inviteLimits) : PageModel
{
    public static readonly TimeSpan InviteLifetime = TimeSpan.FromDays(7);

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    /// <summary>What just happened, from the redirect after a change ("invited", "cancelled", ...).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string ListingName { get; private set; } = "";
    public string ListingSlug { get; private set; } = "";
    public List<LeadRow> Leads { get; private set; } = [];
    public List<InviteRow> Invites { get; private set; } = [];

    /// <summary>The primary lead or a moderator: may remove other leads and hand over.</summary>
    public bool InCharge { get; private set; }

    public DateTime UtcNow { get; private set; }

    public sealed record LeadRow(string UserId, string Name, bool IsPrimary, bool IsYou);

    public sealed record InviteRow(int Id, string Email, DateTime ExpiresAt);

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter the email address of the person you want to invite")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [StringLength(256, ErrorMessage = "That email address is too long")]
        [Display(Name = "Their email address")]
        public string Email { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        ClearOtherForms(nameof(Invite));
        var email = Invite.Email.Trim();
        var normalized = email.ToUpperInvariant();
        if (ModelState.IsValid && await db.ListingLeads.AnyAsync(l => l.ListingId == id && l.User!.NormalizedEmail == normalized, cancellationToken))
        {
            ModelState.AddModelError("Invite.Email", "That person already leads this listing.");
        }
        if (ModelState.IsValid && await db.LeadInvites.AnyAsync(i => i.ListingId == id && i.Email.ToUpper() == normalized && i.AcceptedAt == null && i.CancelledAt == null && i.ExpiresAt > UtcNow, cancellationToken))
        {
            ModelState.AddModelError("Invite.Email", "That address already has an invitation waiting. Cancel it below if you want to send a new one.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await InviteLimits.CheckAsync(db, inviteLimits.Value, id, CurrentUserId, UtcNow, cancellationToken) is var (message, retryAfter))
        {
            // Like the account limits: 429 with Retry-After, but the form and what was typed stay.
            ModelState.AddModelError("Invite.Email", message);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var token = SecretKey.New();
        var invite = new LeadInvite
        {
            ListingId = id,
            Email = email,
            TokenHash = SecretKey.Hash(token),
            InvitedBy = CurrentUserId,
            CreatedAt = UtcNow,
            ExpiresAt = UtcNow + InviteLifetime,
        };
        db.LeadInvites.Add(invite);
        var mail = new Email(email, $"You're invited to help run {ListingName}")
            .Paragraph($"You have been invited to co-lead the listing for {ListingName} on PeerSupport.Directory. Co-leads keep the group's details up to date, so people looking for support find the right information.")
            .Link("Accept the invitation", links.Absolute($"/lead/invite/{token}"))
            .Paragraph($"The link works once and expires on {UkCalendar.Written(invite.ExpiresAt)}. Sign in, or create an account, with this email address ({email}) to accept it.")
            .Paragraph("If you weren't expecting this, you can ignore this email and nothing will change.");
        await Outbox.AddAsync(db, mail, $"lead-invite:{invite.TokenHash}", UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id, done = "invited" });
    }

    public async Task<IActionResult> OnPostCancelInviteAsync(int id, int inviteId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var invite = await db.LeadInvites.FirstOrDefaultAsync(i => i.Id == inviteId && i.ListingId == id && i.AcceptedAt == null && i.CancelledAt == null, cancellationToken);
        if (invite is not null)
        {
            invite.CancelledAt = UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }
        return RedirectToPage(new { id, done = "cancelled" });
    }

    private string CurrentUserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>Loads the page's data; false (→ 404) when the listing is gone (who may open it: <see cref="ListingLeadFilter"/>).</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Name, l.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return false;
        }
        var me = CurrentUserId;
        Leads = await db.ListingLeads.AsNoTracking().Where(l => l.ListingId == id)
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.AddedAt)
            .Select(l => new LeadRow(l.UserId, l.User!.DisplayName != "" ? l.User.DisplayName : l.User.Email ?? "", l.IsPrimary, l.UserId == me))
            .ToListAsync(cancellationToken);
        UtcNow = clock.GetUtcNow().UtcDateTime;
        (ListingName, ListingSlug) = (listing.Name, listing.Slug);
        Invites = await db.LeadInvites.AsNoTracking()
            .Where(i => i.ListingId == id && i.AcceptedAt == null && i.CancelledAt == null)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InviteRow(i.Id, i.Email, i.ExpiresAt))
            .ToListAsync(cancellationToken);
        InCharge = LeadAccess.ModeratesEveryListing(User) || Leads.Any(l => l.IsYou && l.IsPrimary) || (Leads.Any(l => l.IsYou) && !Leads.Any(l => l.IsPrimary));
        return true;
    }

    /// <summary>Each form posts only its own fields; validation errors from the others' empty inputs would be noise.</summary>
    private void ClearOtherForms(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
