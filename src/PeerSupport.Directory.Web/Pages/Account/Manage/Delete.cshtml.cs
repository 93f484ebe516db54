using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>
/// Delete my account, after the password. The person stops leading their listings (the listings
/// stay, for the people who use them; moderators look after any left without a lead), their
/// claims go with the account, and a last email confirms it.
/// </summary>
[Authorize]
[EnableRateLimiting(AccountLimits.AccountForms)]
public class DeleteModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password to delete your account")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    public List<string> Listings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid && PasswordCheck.Refusal(await PasswordCheck.CheckAsync(users, user, Password)) is { } refusal)
        {
            ModelState.AddModelError(nameof(Password), refusal);
        }
        if (!ModelState.IsValid)
        {
            Password = "";
            await LoadAsync(user);
            return Page();
        }
        var email = user.Email!;
        var now = clock.GetUtcNow().UtcDateTime;
        var deleted = await AccountTransaction.RunAsync(db, async () =>
        {
            db.ListingLeads.RemoveRange(await db.ListingLeads.Where(l => l.UserId == user.Id).ToListAsync());
            await db.SaveChangesAsync();
            if (!(await users.DeleteAsync(user)).Succeeded)
            {
                return false;
            }
            await AccountEmails.QueueNoticeAsync(db, email, "Your account has been deleted",
                "Your PeerSupport.Directory account has been deleted, and you are no longer a lead of any listing. The listings themselves stay in the directory.",
                $"account-deleted:{user.Id}", now);
            await db.SaveChangesAsync();
            return true;
        });
        if (!deleted)
        {
            ModelState.AddModelError(string.Empty, "Your account could not be deleted just now. Nothing has changed; please try again.");
            await LoadAsync(user);
            return Page();
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }

    private async Task LoadAsync(DirectoryUser user) =>
        Listings = await db.ListingLeads.Where(l => l.UserId == user.Id)
            .Join(db.Listings, lead => lead.ListingId, listing => listing.Id, (lead, listing) => listing.Name)
            .OrderBy(name => name).ToListAsync();
}
