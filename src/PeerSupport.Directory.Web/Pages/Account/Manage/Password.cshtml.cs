using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>
/// Change password. Identity renews the security stamp, which signs out every other session at
/// once (the stamp is checked on each request); this browser is signed in again.
/// </summary>
[Authorize]
[EnableRateLimiting(AccountLimits.AccountForms)]
public class PasswordModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock, SecurityLog log) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Changed { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [NewPassword]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [Compare(nameof(NewPassword), ErrorMessage = PasswordRule.NotTheSame)]
        [DataType(DataType.Password)]
        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid && PasswordCheck.Refusal(await PasswordCheck.CheckAsync(users, user, Input.CurrentPassword)) is { } refusal)
        {
            ModelState.AddModelError("Input.CurrentPassword", refusal);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = IdentityResult.Success;
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
            if (!result.Succeeded)
            {
                return false;
            }
            await AccountEmails.QueueNoticeAsync(db, user.Email!, "Your password has been changed",
                "The password of your PeerSupport.Directory account has just been changed, and every other place it was signed in has been signed out.",
                $"account-password-changed:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                ModelState.AddModelError("Input.CurrentPassword", PasswordCheck.WrongMessage);
            }
            else
            {
                PasswordRule.ShowRefusal(ModelState, "Input.NewPassword", result.Errors);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await log.RecordAsync(SecurityEvents.PasswordChanged, user.Id);
        Changed = true;
        return Page();
    }
}
