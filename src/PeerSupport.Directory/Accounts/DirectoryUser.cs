using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Accounts;

public class DirectoryUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<ListingLead> Leads { get; set; } = [];
}

public static class Roles
{
    public const string Lead = "Lead";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";
    public static readonly string[] All = [Lead, Moderator, Admin];
}
