using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>The link in the confirmation email. A confirmed account becomes a Lead and can sign in.</summary>
public class ConfirmEmailModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "user")] string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Page();
        }
        if (user.EmailConfirmed)
        {
            Confirmed = true;
            return Page();
        }
        Confirmed = await AccountTransaction.RunAsync(db, async () =>
        {
            return (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded
                && await AccountConfirmation.ConfirmAsLeadAsync(users, roles, user);
        });
        return Page();
    }
}
