using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Pages.Admin;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// One claim: approve (the claimant becomes a lead of the listing and gets the Lead role) or
/// reject with a reason. The claimant is emailed either way. The decision is taken with a
/// conditional update, so two moderators cannot both decide the same claim.
/// </summary>
public class ClaimModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, SiteLinks links, SecurityLog log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ListingClaim Claim { get; private set; } = null!;
    public string ListingName { get; private set; } = "";
    public string ListingSlug { get; private set; } = "";
    public string ClaimantEmail { get; private set; } = "";

    /// <summary>
    /// When the claimant's address was last proved theirs (confirmed at registration, changed, or
    /// reset by an emailed link), in words for the moderator: an address confirmed minutes before
    /// the claim deserves a closer look than one that has signed in for a year. Null when the
    /// account was confirmed before the time was recorded.
    /// </summary>
    public string? AddressConfirmed { get; private set; }

    /// <summary>True when the address was confirmed less than a day before the claim was sent.</summary>
    public bool AddressNewlyConfirmed { get; private set; }
    public IReadOnlyList<string> CurrentLeads { get; private set; } = [];
    public string? Conflict { get; private set; }

    public sealed class InputModel
    {
        [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters")]
        [Display(Name = "Reason (needed to reject; emailed to the claimant)")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByIdAsync(Claim.UserId);
        if (user is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TakeDecisionAsync(id, ClaimStatus.Approved, now, cancellationToken))
        {
            return Refuse();
        }
        if (!await db.ListingLeads.AnyAsync(l => l.ListingId == Claim.ListingId && l.UserId == Claim.UserId, cancellationToken))
        {
            var hasLeads = await db.ListingLeads.AnyAsync(l => l.ListingId == Claim.ListingId, cancellationToken);
            db.ListingLeads.Add(new ListingLead { ListingId = Claim.ListingId, UserId = Claim.UserId, IsPrimary = !hasLeads, AddedAt = now });
        }
        await Outbox.AddAsync(db, new Email(ClaimantEmail, $"You now lead “{ListingName}”")
            .Paragraph($"A moderator has approved your claim: you are now a lead of “{ListingName}”. You can keep its details up to date from your dashboard.")
            .Paragraph(Input.Reason?.Trim() is { Length: > 0 } note ? $"The moderator added: {note}" : "Thank you for keeping your group's listing current.")
            .Link("Open your dashboard", links.Page("/Lead/Index")), $"claim-approved:{id}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RoleGrants.GrantAsync(users, roles, user, Roles.Lead);
        await transaction.CommitAsync(cancellationToken);
        await log.RecordAsync(SecurityEvents.ClaimApproved, Claim.UserId, $"claim {id} on listing {Claim.ListingId}");
        TempData[nameof(ClaimsModel.Done)] = $"{ClaimantEmail} now leads “{ListingName}” and has been emailed.";
        return RedirectToPage("/Moderate/Claims");
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var reason = Input.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            ModelState.AddModelError("Input.Reason", "Say why the claim is rejected; the claimant will read it");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TakeDecisionAsync(id, ClaimStatus.Rejected, now, cancellationToken))
        {
            return Refuse();
        }
        await Outbox.AddAsync(db, new Email(ClaimantEmail, $"Your claim to lead “{ListingName}”")
            .Paragraph($"A moderator has looked at your claim to lead “{ListingName}” and could not approve it. This is the reason they gave:")
            .Paragraph(reason)
            .Paragraph("If something has been misunderstood, you can claim the listing again with more detail about how you are connected to the group."),
            $"claim-rejected:{id}", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await log.RecordAsync(SecurityEvents.ClaimRejected, Claim.UserId, $"claim {id} on listing {Claim.ListingId}");
        TempData[nameof(ClaimsModel.Done)] = $"The claim on “{ListingName}” was rejected and {ClaimantEmail} has been emailed.";
        return RedirectToPage("/Moderate/Claims");
    }

    /// <summary>True when this request moved the claim out of Pending; false when someone else already had.</summary>
    private async Task<bool> TakeDecisionAsync(int id, ClaimStatus status, DateTime now, CancellationToken cancellationToken)
    {
        var moderator = ChangeActor.Of(User);
        var reason = Input.Reason?.Trim() ?? "";
        return await db.ListingClaims.Where(c => c.Id == id && c.Status == ClaimStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, status)
                .SetProperty(c => c.Reason, reason)
                .SetProperty(c => c.DecidedAt, now)
                .SetProperty(c => c.DecidedBy, moderator), cancellationToken) == 1;
    }

    private PageResult Refuse()
    {
        Conflict = "Another moderator has already decided on this claim. Nothing was changed.";
        return Page();
    }

    private static string Ago(TimeSpan span) => span switch
    {
        { TotalMinutes: < 0 } => "after",
        { TotalMinutes: < 2 } => "a minute before",
        { TotalHours: < 2 } => $"{(int)span.TotalMinutes} minutes before",
        { TotalDays: < 2 } => $"{(int)span.TotalHours} hours before",
        _ => $"{(int)span.TotalDays} days before",
    };

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var claim = await db.ListingClaims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (claim is null)
        {
            return false;
        }
        Claim = claim;
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == claim.ListingId).Select(l => new { l.Name, l.Slug }).SingleAsync(cancellationToken);
        (ListingName, ListingSlug) = (listing.Name, listing.Slug);
        var claimant = await db.Users.Where(u => u.Id == claim.UserId).Select(u => new { u.Email, u.EmailConfirmedAt }).SingleOrDefaultAsync(cancellationToken);
        ClaimantEmail = claimant?.Email ?? "";
        if (claimant?.EmailConfirmedAt is { } confirmedAt)
        {
            var before = claim.CreatedAt - confirmedAt;
            AddressNewlyConfirmed = before < TimeSpan.FromDays(1);
            AddressConfirmed = $"{confirmedAt:d MMM yyyy HH:mm} UTC, {Ago(before)} the claim was sent";
        }
        CurrentLeads = await db.ListingLeads.AsNoTracking().Where(l => l.ListingId == claim.ListingId)
            .Select(l => l.User!.Email ?? "(no email)").ToListAsync(cancellationToken);
        return true;
    }
}
