using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Accounts;

public class DirectoryUser : IdentityUser
{
    /// <summary>
    /// Whether the account's staff roles (<see cref="Roles.NeedTwoStep"/>) count: only while
    /// two-step sign-in is on. An expression, so a query asks the same rule the sign-in does.
    /// </summary>
    public static readonly Expression<Func<DirectoryUser, bool>> StaffRolesCount = user => user.TwoFactorEnabled;

    private static readonly Func<DirectoryUser, bool> StaffRolesCountCompiled = StaffRolesCount.Compile();

    /// <summary><see cref="StaffRolesCount"/> for this account (a method, so it is never taken for a column).</summary>
    public bool StaffRolesCountNow() => StaffRolesCountCompiled(this);

    public string DisplayName { get; set; } = "";

    /// <summary>
    /// When the account last proved it holds <see cref="IdentityUser.Email"/> (UTC): a confirmation,
    /// an address change, or a password chosen from an emailed link. Moderators see it beside a claim,
    /// so a claim from an address confirmed minutes ago can be questioned.
    /// </summary>
    public DateTime? EmailConfirmedAt { get; set; }

    /// <summary>
    /// When an admin suspended the account (UTC), or null. Apart from Identity's lockout, which
    /// counts wrong passwords and ends by itself or by a password reset: a suspended account cannot
    /// sign in, gets no reset link and cannot use one sent before, until an admin lifts it.
    /// </summary>
    public DateTime? SuspendedAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: that code, and older ones, are refused from then on.</summary>
    public long? LastAuthenticatorStep { get; set; }
    public List<ListingLead> Leads { get; set; } = [];
}

public static class Roles
{
    public const string Lead = "Lead";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";
    public static readonly string[] All = [Lead, Moderator, Admin];

    /// <summary>Roles that count only while the account has two-step sign-in on (ASVS 5 6.3.3: staff accounts need a second factor).</summary>
    public static readonly string[] NeedTwoStep = [Moderator, Admin];

    /// <summary>"a" or "an", for a sentence naming the role ("an Admin", "a Moderator").</summary>
    public static string Article(string role) => role == Admin ? "an" : "a";
}
