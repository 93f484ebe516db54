using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Accounts;

public class DirectoryUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// When the account last proved it holds <see cref="IdentityUser.Email"/> (UTC): a confirmation,
    /// an address change, or a password chosen from an emailed link. Moderators see it beside a claim,
    /// so a claim from an address confirmed minutes ago can be questioned.
    /// </summary>
    public DateTime? EmailConfirmedAt { get; set; }
    public List<ListingLead> Leads { get; set; } = [];
}

public static class Roles
{
    public const string Lead = "Lead";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";
    public static readonly string[] All = [Lead, Moderator, Admin];
}
