using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// A form that emails a link to the address typed in (forgotten password, resend confirmation).
/// The answer is the same whether or not the address has an account, and each address may ask
/// only so often (<see cref="AccountAttempts"/>).
/// </summary>
[EnableRateLimiting(AccountLimits.AccountForms)]
public abstract class EmailLinkPageModel(AccountAttempts attempts) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    /// <summary>The form's name in the per-address count.</summary>
    protected abstract string Form { get; }

    /// <summary>Queues the email when the address has an account that should get one, and saves it.</summary>
    protected abstract Task SendAsync(string email);

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
        if (!attempts.TryTake(Form, email, out var wait))
        {
            return TooManyAttempts.Refuse(this, wait);
        }
        await SendAsync(email);
        return RedirectToPage("/Account/CheckEmail");
    }
}
