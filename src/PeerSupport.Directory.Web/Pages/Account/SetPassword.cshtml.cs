using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>Sets a password from a one-time link (printed by `create-admin`). A used or expired link is refused.</summary>
public class SetPasswordModel(UserManager<DirectoryUser> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>One field: the operator chose the address, so there is no account to take over by mistyping.</summary>
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a password")]
        [NewPassword]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = await users.FindByIdAsync(UserId);
        var result = await PasswordLinks.ResetAsync(users, account, Code, Input.Password);
        if (!result.Succeeded)
        {
            PasswordLinks.ShowRefusal(ModelState, result, "Input.Password", "Ask an admin for a new one (create-admin prints it).");
            return Page();
        }
        if (!account!.EmailConfirmed)
        {
            // The operator vouched for the address with create-admin, and any password set before is now replaced.
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }
        return RedirectToPage("/Account/Login");
    }
}
