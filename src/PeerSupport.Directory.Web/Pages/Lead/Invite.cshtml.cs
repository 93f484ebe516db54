using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// The link in a co-lead invitation. Signing in is required (the folder policy sends people to
/// sign in and back); the account's email must be the invited one. Every way the link can fail
/// says what to do instead.
/// </summary>
public class InviteModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock) : PageModel
{
    public enum State { Valid, NotFound, WrongAccount, Expired, Used, Cancelled, AlreadyLead }

    public State Outcome { get; private set; }
    public string ListingName { get; private set; } = "";
    public DateTime ExpiresAt { get; private set; }
    public string SignedInAs { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await CheckAsync(token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (invite, user) = await CheckAsync(token, cancellationToken);
        if (Outcome != State.Valid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        invite!.AcceptedAt = now;
        db.ListingLeads.Add(new ListingLead
        {
            ListingId = invite.ListingId,
            UserId = user!.Id,
            AddedAt = now,
            IsPrimary = !await db.ListingLeads.AnyAsync(l => l.ListingId == invite.ListingId, cancellationToken),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (!await users.IsInRoleAsync(user, Roles.Lead))
        {
            await users.AddToRoleAsync(user, Roles.Lead);
        }
        await transaction.CommitAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Lead/Leads", new { id = invite.ListingId, done = "joined" });
    }

    private async Task<(LeadInvite? Invite, DirectoryUser? User)> CheckAsync(string token, CancellationToken cancellationToken)
    {
        var hash = SecretKey.Hash(token ?? "");
        var invite = await db.LeadInvites.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var user = await users.GetUserAsync(User);
        if (invite is null || user is null)
        {
            Outcome = State.NotFound;
            return (null, null);
        }
        ListingName = await db.Listings.Where(l => l.Id == invite.ListingId).Select(l => l.Name).SingleAsync(cancellationToken);
        ExpiresAt = invite.ExpiresAt;
        SignedInAs = user.Email ?? "";
        var isLead = await db.ListingLeads.AnyAsync(l => l.ListingId == invite.ListingId && l.UserId == user.Id, cancellationToken);
        var emailMatches = string.Equals(user.NormalizedEmail, users.NormalizeEmail(invite.Email), StringComparison.Ordinal);
        Outcome = invite switch
        {
            { CancelledAt: not null } => State.Cancelled,
            { AcceptedAt: not null } => emailMatches && isLead ? State.AlreadyLead : State.Used,
            _ when invite.ExpiresAt <= clock.GetUtcNow().UtcDateTime => State.Expired,
            _ when !emailMatches => State.WrongAccount,
            _ when isLead => State.AlreadyLead,
            _ => State.Valid,
        };
        return (invite, user);
    }
}
