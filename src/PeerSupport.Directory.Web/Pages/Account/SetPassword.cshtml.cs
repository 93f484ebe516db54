using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using PeerSupport.Directory.Accounts;

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

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a password")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters. A few words together are easy to remember.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
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
        var account = await users.FindByIdAsync(UserId);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            token = "";
        }
        var result = account is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(account, token, Input.Password);
        if (!result.Succeeded)
        {
            var invalidLink = account is null || result.Errors.Any(e => e.Code == "InvalidToken") || !result.Errors.Any();
            ModelState.AddModelError(invalidLink ? string.Empty : "Input.Password", invalidLink
                ? "This link has expired or has already been used. Ask an admin for a new one (create-admin prints it)."
                : string.Join(" ", result.Errors.Select(e => e.Description)));
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
