using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>"Your account": what we hold about you and every way to change or remove it.</summary>
[Authorize]
public class IndexModel(UserManager<DirectoryUser> users) : PageModel
{
    public string Email { get; private set; } = "";
    public bool TwoFactor { get; private set; }
    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        TwoFactor = user.TwoFactorEnabled;
        Roles = await users.GetRolesAsync(user);
        return Page();
    }
}
