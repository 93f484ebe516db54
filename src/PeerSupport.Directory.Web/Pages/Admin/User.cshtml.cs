using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>
/// One account: suspend it (its sessions end at once through a new security stamp; it cannot sign
/// in, and gets and can use no password-reset link, until an admin lifts the suspension) or lift
/// that, end a lockout from wrong passwords, and give or take the Moderator and Admin roles. A
/// suspension is <see cref="DirectoryUser.SuspendedAt"/>, apart from Identity's lockout, so a
/// password reset (which ends a lockout) cannot undo it. An admin cannot suspend themselves nor
/// take away their own Admin role, so there is always a way back in.
/// </summary>
public class UserModel(DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, SecurityLog log) : PageModel
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
        await log.RecordAsync(SecurityEvents.Suspended, Account.Id, "");
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
        await log.RecordAsync(SecurityEvents.SuspensionLifted, Account.Id, "");
        Done = $"{Account.Email} is no longer suspended.";
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// For someone who lost their phone and their recovery codes: two-step sign-in off, the old
    /// key and codes void, every session ended, and the account's address told (so a reset the
    /// owner did not ask for is noticed). They sign in with their password and can turn it on again.
    /// </summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Account.TwoFactorEnabled)
        {
            return RedirectToPage(new { id });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            RoleGrants.Check(await users.SetTwoFactorEnabledAsync(Account, false));
            RoleGrants.Check(await users.ResetAuthenticatorKeyAsync(Account));
            await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 0);
            RoleGrants.Check(await users.UpdateSecurityStampAsync(Account));
            await AccountEmails.QueueNoticeAsync(db, Account.Email!, "Two-step sign-in was reset by an admin",
                "An admin of PeerSupport.Directory turned off two-step sign-in for your account, as asked when a phone and its recovery codes are lost. You now sign in with your password alone, and can turn two-step sign-in on again from your account page.",
                $"account-2fa-reset:{Account.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        await log.RecordAsync(SecurityEvents.TwoFactorResetByAdmin, Account.Id, "");
        Done = $"Two-step sign-in is off for {Account.Email}, who has been emailed.";
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
        await log.RecordAsync(SecurityEvents.RoleGranted, Account.Id, role);
        Done = $"{Account.Email} is now {Roles.Article(role)} {role}.";
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
        await log.RecordAsync(SecurityEvents.RoleRemoved, Account.Id, role);
        Done = $"{Account.Email} is no longer {Roles.Article(role)} {role}.";
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
