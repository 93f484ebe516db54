using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// Emails a one-day, one-use link to choose a new password. The answer is the same whether or
/// not the address has an account. Following the link also confirms an unconfirmed address.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class ForgotPasswordModel(
    DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, AccountAttempts attempts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";
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
        var email = Input.Email.Trim();
        if (!attempts.TryTake("forgot-password", email, out var wait))
        {
            return TooManyAttempts.Refuse(this, wait);
        }
        if (await users.FindByEmailAsync(email) is { } user)
        {
            await AccountEmails.QueuePasswordResetAsync(db, users, links, user, clock.GetUtcNow().UtcDateTime,
                "Someone (we hope you) asked to reset the password of your account.");
            await db.SaveChangesAsync();
        }
        return RedirectToPage("/Account/CheckEmail");
    }
}
