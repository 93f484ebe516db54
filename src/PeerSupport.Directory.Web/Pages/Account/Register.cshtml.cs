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
/// A group lead's account, with a password that meets the <see cref="PasswordRule"/>. The account and its confirmation email commit together; signing in waits for the
/// email to be confirmed. An address that already has an account gets the same answer here and a
/// password-reset link in its inbox instead, so this form never tells anyone who has an account.
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public class RegisterModel(
    DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, AccountAttempts attempts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The address first, then the password pair.</summary>
    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [StringLength(256, ErrorMessage = "Email addresses are at most 256 characters")]
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
        if (!attempts.TryTake("register", email, out var wait))
        {
            return TooManyAttempts.Refuse(this, wait);
        }
        // Judge the password before looking the address up, so both kinds of address get the same answer.
        var candidate = new DirectoryUser { UserName = email, Email = email };
        if (await PasswordRule.CheckAsync(users, candidate, Input.Password) is { Count: > 0 } problems)
        {
            PasswordRule.ShowRefusal(ModelState, "Input.Password", problems);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Spend the same hashing time a new account costs, so the answer's timing gives nothing away either.
            _ = users.PasswordHasher.HashPassword(candidate, Input.Password);
            await AccountTransaction.RunAsync(db, async () =>
            {
                // Not a confirmation link for an unconfirmed account: whoever registered it first may not be this
                // address's owner, so the owner takes it over by choosing a new password (which also confirms it).
                await AccountEmails.QueuePasswordResetAsync(db, users, links, existing, now, existing.EmailConfirmed
                    ? "Someone (perhaps you) tried to create a new account with this email address, which already has one. No new account was made. If you have forgotten your password, choose a new one here."
                    : "Someone (perhaps you) tried to create a new account with this email address, which already has one waiting for confirmation. To use it, choose a password here; that confirms your address too.");
                await db.SaveChangesAsync();
                return true;
            });
            return RedirectToPage("/Account/CheckEmail");
        }

        var created = IdentityResult.Success;
        await AccountTransaction.RunAsync(db, async () =>
        {
            created = await users.CreateAsync(candidate, Input.Password);
            if (!created.Succeeded)
            {
                return false;
            }
            await AccountEmails.QueueConfirmationAsync(db, users, links, candidate, now);
            await db.SaveChangesAsync();
            return true;
        });
        if (!created.Succeeded)
        {
            // A user name clash with an unconfirmed twin, or a race with a second post: same answer as an existing address.
            if (created.Errors.All(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
            {
                return RedirectToPage("/Account/CheckEmail");
            }
            ModelState.AddModelError("Input.Email", string.Join(" ", created.Errors.Select(e => e.Description)));
            return Page();
        }
        return RedirectToPage("/Account/CheckEmail");
    }
}
