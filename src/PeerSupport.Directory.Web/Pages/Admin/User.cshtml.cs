using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>
/// One account: suspend it (its sessions end at once through a new security stamp; it cannot sign
/// in, and gets and can use no password-reset link, until an admin lifts the suspension) or lift
/// that, end a lockout from wrong passwords, and give or take the Moderator and Admin roles. A
/// suspension is <see cref="DirectoryUser.SuspendedAt"/>, apart from Identity's lockout, so a
/// password reset (which ends a lockout) cannot undo it. An admin cannot suspend themselves nor
/// take away their own Admin role, so there is always a way back in.
/// </summary>
public class UserModel(UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, TimeProvider clock) : PageModel
{
    /// <summary>The roles an admin hands out here; Lead comes with registering or an approved claim.</summary>
    public static readonly string[] Managed = [Roles.Moderator, Roles.Admin];

    public DirectoryUser Account { get; private set; } = null!;
    public IList<string> AccountRoles { get; private set; } = [];
    /// <summary>Locked out by wrong passwords (ends by itself, by a reset, or here).</summary>
    public bool Locked { get; private set; }
    public bool IsSelf { get; private set; }
    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSuspendAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (IsSelf)
        {
            Error = "You cannot suspend your own account.";
            return Page();
        }
        Account.SuspendedAt ??= clock.GetUtcNow().UtcDateTime;
        RoleGrants.Check(await users.UpdateAsync(Account));
        // Every session of this account fails its next security-stamp check.
        RoleGrants.Check(await users.UpdateSecurityStampAsync(Account));
        Done = $"{Account.Email} is suspended and signed out everywhere.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLiftAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Account.SuspendedAt = null;
        RoleGrants.Check(await users.UpdateAsync(Account));
        Done = $"{Account.Email} is no longer suspended.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        RoleGrants.Check(await users.SetLockoutEndDateAsync(Account, null));
        RoleGrants.Check(await users.ResetAccessFailedCountAsync(Account));
        Done = $"{Account.Email} can sign in again (the pause after wrong passwords is over).";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddRoleAsync(string id, string role)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Managed.Contains(role))
        {
            Error = "Choose Moderator or Admin.";
            return Page();
        }
        await RoleGrants.GrantAsync(users, roles, Account, role);
        Done = $"{Account.Email} is now {(role == Roles.Admin ? "an" : "a")} {role}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(string id, string role)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Managed.Contains(role))
        {
            Error = "Choose Moderator or Admin.";
            return Page();
        }
        if (IsSelf && role == Roles.Admin)
        {
            Error = "You cannot remove your own Admin role. Ask another admin to do it.";
            return Page();
        }
        if (AccountRoles.Contains(role))
        {
            RoleGrants.Check(await users.RemoveFromRoleAsync(Account, role));
        }
        Done = $"{Account.Email} is no longer {(role == Roles.Admin ? "an" : "a")} {role}.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }
        Account = account;
        AccountRoles = await users.GetRolesAsync(account);
        Locked = account.LockoutEnd > clock.GetUtcNow();
        IsSelf = users.GetUserId(User) == account.Id;
        return true;
    }
}
