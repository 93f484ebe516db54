using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// Sign in. Failures count towards lockout; the message never says which part was wrong, nor
/// whether the address has an account waiting for confirmation. Accounts with an authenticator
/// app go on to a second step.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class LoginModel(SignInManager<DirectoryUser> signIn, AccountAttempts attempts) : PageModel
{
    public const string NoMatch = "That email address and password don't match a confirmed account.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel : EmailInput
    {
        [Required(ErrorMessage = "Enter your password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!attempts.TryTake("login", Input.Email, out var wait))
        {
            return TooManyAttempts.Refuse(this, wait);
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = returnUrl });
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? "Too many attempts. This account is locked for 15 minutes." : NoMatch);
        Input.Password = "";
        return Page();
    }
}
