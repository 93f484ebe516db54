using System.Security.Claims;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// The one rule for who may open a listing's lead pages: its leads, and any moderator or admin.
/// A page about one listing says so with <see cref="ForListingLeadsAttribute"/>, and
/// <see cref="ListingLeadFilter"/> applies the rule before any of its handlers runs; everyone
/// else gets 404, so a listing someone does not lead looks the same as one that does not exist.
/// </summary>
public static class LeadAccess
{
    public static IQueryable<Listing> EditableBy(this IQueryable<Listing> listings, ClaimsPrincipal user)
    {
        if (ModeratesEveryListing(user))
        {
            return listings;
        }
        var userId = UserId(user);
        return listings.Where(l => l.Leads.Any(lead => lead.UserId == userId));
    }

    /// <summary>Only the listings this person leads (the dashboard: moderators see their own there too).</summary>
    public static IQueryable<Listing> LedBy(this IQueryable<Listing> listings, ClaimsPrincipal user)
    {
        var userId = UserId(user);
        return listings.Where(l => l.Leads.Any(lead => lead.UserId == userId));
    }

    /// <summary>Moderators and admins may act on any listing as its lead could.</summary>
    public static bool ModeratesEveryListing(ClaimsPrincipal user) => user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin);

    public static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The lead pages need a signed-in user.");
}
