using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// The link sent to a new email address. As with <see cref="ConfirmEmailModel"/>, opening it
/// changes nothing (a mail gateway's scan, or a stranger asking to move their account onto
/// someone else's address, must not make that address theirs): the change happens only on a post
/// with the link's code and the account's password. The address (and the sign-in name) change
/// together with a note to the old address; the security stamp is renewed, so other sessions end.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class ConfirmEmailChangeModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock, SecurityLog log) : PasswordLinkPageModel(users)
{
    public enum LinkState
    {
        Broken,
        Ready,
        Changed,
    }

    public LinkState State { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    public async Task OnGetAsync() => State = await StateOfAsync(await AccountAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await AccountAsync();
        State = await StateOfAsync(user);
        if (State != LinkState.Ready || !ModelState.IsValid)
        {
            return Page();
        }
        if (await PasswordRefusedAsync(user!, Password))
        {
            Password = "";
            return Page();
        }
        var oldEmail = user!.Email!;
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await AccountTransaction.RunAsync(db, async () =>
        {
            if (!(await Users.ChangeEmailAsync(user, Email!, AccountEmails.Decode(Code))).Succeeded
                || !(await Users.SetUserNameAsync(user, Email)).Succeeded)
            {
                return false;
            }
            AccountConfirmation.MarkConfirmed(user, now);
            if (!(await Users.UpdateAsync(user)).Succeeded)
            {
                return false;
            }
            await AccountEmails.QueueNoticeAsync(db, oldEmail, "Your email address has changed",
                "Your PeerSupport.Directory account now uses a different email address, and this one no longer signs in.",
                $"account-email-changed:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        State = changed ? LinkState.Changed : LinkState.Broken;
        if (changed)
        {
            await log.RecordAsync(SecurityEvents.EmailChanged, user.Id);
        }
        if (changed && Users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return Page();
    }

    private async Task<LinkState> StateOfAsync(DirectoryUser? user) =>
        user is not null && Email is not null
        && await Users.VerifyUserTokenAsync(user, Users.Options.Tokens.ChangeEmailTokenProvider, UserManager<DirectoryUser>.GetChangeEmailTokenPurpose(Email), AccountEmails.Decode(Code))
            ? LinkState.Ready
            : LinkState.Broken;
}
