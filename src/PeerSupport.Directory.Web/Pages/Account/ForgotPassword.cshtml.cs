using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// Emails a one-day, one-use link to choose a new password. Following the link also confirms an
/// unconfirmed address. A suspended account gets nothing (the page answers the same).
/// </summary>
public class ForgotPasswordModel(
    DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, AccountAttempts attempts, TimeProvider clock) : EmailLinkPageModel(attempts)
{
    protected override string Form => "forgot-password";

    protected override async Task SendAsync(string email)
    {
        if (await users.FindByEmailAsync(email) is { SuspendedAt: null } user)
        {
            await AccountEmails.QueuePasswordResetAsync(db, users, links, user, clock.GetUtcNow().UtcDateTime,
                "Someone (we hope you) asked to reset the password of your account.");
            await db.SaveChangesAsync();
        }
    }
}
