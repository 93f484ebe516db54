using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>Sends the confirmation email again, to an address whose account is waiting for it.</summary>
public class ResendConfirmationModel(
    DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, AccountAttempts attempts, TimeProvider clock) : EmailLinkPageModel(attempts)
{
    protected override string Form => "resend-confirmation";

    protected override async Task SendAsync(string email)
    {
        if (await users.FindByEmailAsync(email) is { EmailConfirmed: false } user)
        {
            await AccountEmails.QueueConfirmationAsync(db, users, links, user, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
    }
}
