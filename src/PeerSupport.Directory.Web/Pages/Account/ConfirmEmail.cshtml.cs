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
/// The link in the confirmation email. Opening it changes nothing: mail gateways fetch links
/// to scan them, and a stranger may have registered someone else's address with a password of
/// their own. The account is confirmed only by a post that carries the link's code and the
/// account's password (<see cref="PasswordCheck"/>), so only the person who chose the password and
/// holds the address can confirm it. The address's owner who did not register uses the
/// forgotten-password link instead, which replaces the stranger's password. A confirmed account
/// becomes a Lead and is signed in.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class ConfirmEmailModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, SignInManager<DirectoryUser> signIn, TimeProvider clock) : PasswordLinkPageModel(users)
{
    public enum LinkState
    {
        Broken,
        Ready,
        AlreadyConfirmed,
        Confirmed,
    }

    public LinkState State { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the password you chose when you registered")]
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
        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = await AccountTransaction.RunAsync(db, async () =>
            (await Users.ConfirmEmailAsync(user!, AccountEmails.Decode(Code))).Succeeded
            && await AccountConfirmation.ConfirmAsLeadAsync(Users, roles, user!, now));
        if (!confirmed)
        {
            State = LinkState.Broken;
            return Page();
        }
        State = LinkState.Confirmed;
        await signIn.SignInAsync(user!, isPersistent: false);
        return Page();
    }

    private async Task<LinkState> StateOfAsync(DirectoryUser? user) =>
        user is null or { SuspendedAt: not null } ? LinkState.Broken
        : user.EmailConfirmed ? LinkState.AlreadyConfirmed
        : await Users.VerifyUserTokenAsync(user, Users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<DirectoryUser>.ConfirmEmailTokenPurpose, AccountEmails.Decode(Code))
            ? LinkState.Ready
            : LinkState.Broken;
}
