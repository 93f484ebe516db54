using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>Gives a role, creating it first on a database where nobody has held it yet.</summary>
public static class RoleGrants
{
    public static async Task GrantAsync(UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, DirectoryUser user, string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)));
        }
        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused the change: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
