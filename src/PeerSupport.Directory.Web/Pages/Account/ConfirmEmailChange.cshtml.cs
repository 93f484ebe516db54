using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// The link sent to a new email address. The address (and the sign-in name) change together with
/// a note to the old address; the security stamp is renewed, so other sessions end.
/// </summary>
public class ConfirmEmailChangeModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock) : PageModel
{
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "user")] string? userId, string? email, string? code)
    {
        if (userId is null || email is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return Page();
        }
        var oldEmail = user.Email!;
        var now = clock.GetUtcNow().UtcDateTime;
        Changed = await AccountTransaction.RunAsync(db, async () =>
        {
            if (!(await users.ChangeEmailAsync(user, email, AccountEmails.Decode(code))).Succeeded
                || !(await users.SetUserNameAsync(user, email)).Succeeded)
            {
                return false;
            }
            await AccountEmails.QueueNoticeAsync(db, oldEmail, "Your email address has changed",
                "Your PeerSupport.Directory account now uses a different email address, and this one no longer signs in.",
                $"account-email-changed:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        if (Changed && users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return Page();
    }
}
