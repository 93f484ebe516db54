using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Pages.Admin;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// The link `create-admin` prints, and what using it does. The Admin role counts only once the
/// link is used, and using it makes the account the link holder's alone: a new password, every
/// session ended (a new security stamp, which also spends the link), the second factor turned off
/// (so whoever set it up before cannot pass the second step), a lockout ended and the address
/// marked confirmed (the operator vouched for it). So running `create-admin` on an address that
/// someone else registered first gives them nothing. The link's token has its own purpose: a
/// password-reset link cannot be turned into one.
/// </summary>
public static class AdminHandover
{
    private const string Purpose = "create-admin";

    public static async Task<string> CodeAsync(UserManager<DirectoryUser> users, DirectoryUser user) =>
        AccountEmails.Encode(await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose));

    public static async Task<IdentityResult> CompleteAsync(
        DirectoryDbContext db, UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, DirectoryUser? user, string code, string password, DateTime now)
    {
        if (user is null || user.SuspendedAt is not null || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose, AccountEmails.Decode(code)))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "Invalid token." });
        }
        var result = IdentityResult.Success;
        await AccountTransaction.RunAsync(db, async () =>
        {
            if (await users.HasPasswordAsync(user) && !(result = await users.RemovePasswordAsync(user)).Succeeded)
            {
                return false;
            }
            if (!(result = await users.AddPasswordAsync(user, password)).Succeeded)
            {
                return false;
            }
            RoleGrants.Check(await users.SetTwoFactorEnabledAsync(user, false));
            RoleGrants.Check(await users.ResetAuthenticatorKeyAsync(user));
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            RoleGrants.Check(await users.SetLockoutEndDateAsync(user, null));
            RoleGrants.Check(await users.ResetAccessFailedCountAsync(user));
            AccountConfirmation.MarkConfirmed(user, now);
            RoleGrants.Check(await users.UpdateSecurityStampAsync(user));
            await RoleGrants.GrantAsync(users, roles, user, Roles.Admin);
            return true;
        });
        return result;
    }
}
