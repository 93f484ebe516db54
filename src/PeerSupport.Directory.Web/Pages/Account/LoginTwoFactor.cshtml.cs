using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// The second step for accounts with an authenticator app: a 6-digit code, or one of the
/// recovery codes (each works once). Wrong codes count towards the same lockout as passwords.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class LoginTwoFactorModel(SignInManager<DirectoryUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Recovery code")]
    public string? RecoveryCode { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAuthenticatorAsync()
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code your app shows");
            return Page();
        }
        return await FinishAsync(await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false), nameof(Code));
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var code = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Enter one of your recovery codes");
            return Page();
        }
        return await FinishAsync(await signIn.TwoFactorRecoveryCodeSignInAsync(code), nameof(RecoveryCode));
    }

    private async Task<IActionResult> FinishAsync(Microsoft.AspNetCore.Identity.SignInResult result, string field)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "Too many attempts. This account is locked for 15 minutes.");
        }
        else if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The first step has expired (or never happened): start again.
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }
        else
        {
            ModelState.AddModelError(field, field == nameof(Code)
                ? "That code didn't work. Codes change every 30 seconds: enter the one your app shows now."
                : "That recovery code didn't work. Each code works only once.");
        }
        Code = null;
        RecoveryCode = null;
        return Page();
    }
}
