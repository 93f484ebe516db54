using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// The signed-in person as every check sees them. A moderator or admin role counts only while the
/// account has two-step sign-in on (<see cref="Roles.NeedTwoStep"/>); until then the role is held
/// back as an <see cref="AwaitingTwoStep"/> claim, so every role check on the site (policies, the
/// jobs dashboard, "moderates every listing", the menu) treats the account as its other roles and
/// the access-denied page can say why. Sign-in with two-step on always asks for the second step
/// (no "remember this browser"), and the principal is rebuilt on every request (the security-stamp
/// check runs each time), so turning two-step off, or an admin resetting it, ends staff access at once.
/// </summary>
public sealed class DirectoryClaimsFactory(UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DirectoryUser, IdentityRole>(users, roles, options)
{
    /// <summary>A staff role the account holds but cannot use until it turns on two-step sign-in.</summary>
    public const string AwaitingTwoStep = "psd:role-awaiting-two-step";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DirectoryUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.StaffRolesCountNow())
        {
            return identity;
        }
        foreach (var held in identity.FindAll(c => c.Type == identity.RoleClaimType && Roles.NeedTwoStep.Contains(c.Value)).ToList())
        {
            identity.RemoveClaim(held);
            identity.AddClaim(new Claim(AwaitingTwoStep, held.Value));
        }
        return identity;
    }

    /// <summary>The staff roles this person holds that wait for two-step sign-in (none when it is on).</summary>
    public static IReadOnlyList<string> RolesAwaitingTwoStep(ClaimsPrincipal user) =>
        [.. user.FindAll(AwaitingTwoStep).Select(c => c.Value)];
}
