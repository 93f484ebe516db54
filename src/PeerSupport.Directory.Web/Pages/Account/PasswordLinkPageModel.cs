using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>
/// An emailed link that acts only on a POST carrying the account's password (confirming an
/// address, confirming a new one): the link's account and code, and the one password check,
/// said once for both pages. Each page keeps its own <c>Password</c> field and wording.
/// </summary>
public abstract class PasswordLinkPageModel(UserManager<DirectoryUser> users) : PageModel
{
    protected UserManager<DirectoryUser> Users { get; } = users;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    protected async Task<DirectoryUser?> AccountAsync() => UserId is null ? null : await Users.FindByIdAsync(UserId);

    /// <summary>True (with the message beside the Password field) when the password is wrong or the account is locked; a wrong one counts towards lockout.</summary>
    protected async Task<bool> PasswordRefusedAsync(DirectoryUser user, string password)
    {
        if (PasswordCheck.Refusal(await PasswordCheck.CheckAsync(Users, user, password)) is not { } refusal)
        {
            return false;
        }
        ModelState.AddModelError("Password", refusal);
        return true;
    }
}
