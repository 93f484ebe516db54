using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// Chooses a new password from the emailed link. Identity renews the security stamp, so every
/// other signed-in copy of the account is signed out. The emailed link proves the address: a
/// lockout from guessing ends, and an unconfirmed account is confirmed (with whatever password a
/// stranger who registered the address first had chosen now replaced).
/// </summary>
public class ResetPasswordModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, SecurityLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = await users.FindByIdAsync(UserId);
        var result = IdentityResult.Failed();
        if (account is not null)
        {
            var saved = await AccountTransaction.RunAsync(db, async () =>
            {
                result = await PasswordLinks.ResetAsync(users, account, Code, Input.Password);
                return result.Succeeded
                    && (await users.SetLockoutEndDateAsync(account, null)).Succeeded
                    && (await users.ResetAccessFailedCountAsync(account)).Succeeded
                    && await AccountConfirmation.ConfirmAsLeadAsync(users, roles, account, clock.GetUtcNow().UtcDateTime);
            });
            if (!saved && result.Succeeded)
            {
                result = IdentityResult.Failed(new IdentityError { Code = "NotSaved", Description = "Your new password could not be saved just now. Please try again." });
            }
        }
        if (!result.Succeeded)
        {
            PasswordLinks.ShowRefusal(ModelState, result, "Input.Password", "Ask for a new one below.");
            return Page();
        }
        await log.RecordAsync(SecurityEvents.PasswordReset, UserId, "by the emailed link");
        Done = true;
        return Page();
    }
}
