using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>A group lead's account. Passwords: 12+ characters, no composition rules (ASVS).</summary>
public class RegisterModel(UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, SignInManager<DirectoryUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a password")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters. A few words together are easy to remember.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the password again")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same")]
        [DataType(DataType.Password)]
        [Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = "";
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
        var user = new DirectoryUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim() };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Code is "DuplicateUserName" or "DuplicateEmail"
                    ? "We couldn't create an account with that email address. If you already have one, sign in."
                    : error.Description);
            }
            return Page();
        }
        if (!await roles.RoleExistsAsync(Roles.Lead))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Lead));
        }
        await users.AddToRoleAsync(user, Roles.Lead);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }
}
