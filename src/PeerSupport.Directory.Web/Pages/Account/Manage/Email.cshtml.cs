using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>
/// Change of email address: the new address must answer a link before anything changes, and the
/// old address is told. Needs the current password, so a borrowed, signed-in browser is not enough.
/// </summary>
[Authorize]
[EnableRateLimiting(AccountLimits.AccountForms)]
public class EmailModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";
    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your new email address")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [StringLength(256, ErrorMessage = "Email addresses are at most 256 characters")]
        [Display(Name = "New email address")]
        public string NewEmail { get; set; } = "";

        [Required(ErrorMessage = "Enter your current password")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string Password { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        CurrentEmail = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        CurrentEmail = user.Email ?? "";
        var newEmail = Input.NewEmail.Trim();
        if (ModelState.IsValid && string.Equals(newEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", "That is already your email address");
        }
        if (ModelState.IsValid && PasswordCheck.Refusal(await PasswordCheck.CheckAsync(users, user, Input.Password)) is { } refusal)
        {
            ModelState.AddModelError("Input.Password", refusal);
        }
        if (!ModelState.IsValid)
        {
            Input.Password = "";
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            if (await users.FindByEmailAsync(newEmail) is null)
            {
                var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
                var link = links.Page("/Account/ConfirmEmailChange", new { user = user.Id, email = newEmail, code = AccountEmails.Encode(token) });
                await Outbox.AddAsync(db, new Email(newEmail, "Confirm your new email address")
                    .Paragraph("You asked to use this address for your PeerSupport.Directory account.")
                    .Link("Confirm this email address", link)
                    .Paragraph("The link works for one day. Until you follow it, your account keeps its old address."),
                    $"account-change-email:{user.Id}:{now.Ticks}", now);
            }
            else
            {
                // Say nothing here about the other account; its owner hears of the attempt.
                await AccountEmails.QueueNoticeAsync(db, newEmail, "Someone tried to move an account to this address",
                    "Someone asked to change the email address of another PeerSupport.Directory account to this one, which already has an account. Nothing has changed.",
                    $"account-change-email-taken:{user.Id}:{now.Ticks}", now);
            }
            await AccountEmails.QueueNoticeAsync(db, CurrentEmail, "A change of email address was requested",
                "Someone signed in to your account asked to change its email address. It changes only when the new address confirms.",
                $"account-change-email-old:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        Sent = true;
        Input = new InputModel { NewEmail = newEmail };
        return Page();
    }
}
