using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>Sets a password from the one-time link `create-admin` prints, and so makes the account an admin (<see cref="AdminHandover"/>). A used or expired link is refused.</summary>
public class SetPasswordModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, SecurityLog log) : PageModel
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
        var result = await AdminHandover.CompleteAsync(db, users, roles, await users.FindByIdAsync(UserId), Code, Input.Password, clock.GetUtcNow().UtcDateTime);
        if (!result.Succeeded)
        {
            PasswordLinks.ShowRefusal(ModelState, result, "Input.Password", "Ask an admin for a new one (create-admin prints it).");
            return Page();
        }
        await log.RecordAsync(SecurityEvents.AdminHandedOver, UserId, "create-admin link used: password, sessions and second factor replaced");
        return RedirectToPage("/Account/Login");
    }
}
