using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// Sign in. Failures count towards lockout; every failure (unknown address, unconfirmed,
/// suspended, locked, wrong password) gets the one <see cref="NoMatch"/> message and costs the
/// same one password hash (<see cref="DirectorySignInManager"/>), so the page tells nobody who has
/// an account; a lockout is explained to the account's owner by email. Accounts with an
/// authenticator app go on to a second step.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class LoginModel(SignInManager<DirectoryUser> signIn, AccountAttempts attempts) : PageModel
{
    public const string NoMatch = "That email address and password don't match a confirmed account. After 5 wrong tries, signing in to an account pauses for 15 minutes and its owner is emailed.";

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
        ModelState.AddModelError(string.Empty, NoMatch);
        Input.Password = "";
        return Page();
    }
}
