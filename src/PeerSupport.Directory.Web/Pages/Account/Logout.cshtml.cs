using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>Sign out (POST only, with antiforgery). Renewing the security stamp ends copies of the cookie elsewhere too.</summary>
public class LogoutModel(SignInManager<DirectoryUser> signIn, UserManager<DirectoryUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        // The browser forgets this site's cookies, storage and cached pages too (a shared computer).
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return RedirectToPage("/Index");
    }
}
