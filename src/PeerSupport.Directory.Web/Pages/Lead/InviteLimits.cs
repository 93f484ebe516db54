using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>Leads:InviteLimits in configuration: how many co-lead invitation emails may be sent in a day.</summary>
public sealed class InviteLimitOptions
{
    public const string Section = "Leads:InviteLimits";

    /// <summary>Invitations one account may send in 24 hours, across every listing it leads.</summary>
    public int PerAccountPerDay { get; set; } = 10;

    /// <summary>Invitations sent for one listing in 24 hours, by all its leads and moderators together.</summary>
    public int PerListingPerDay { get; set; } = 20;
}

/// <summary>
/// Co-lead invitations send email to any address a lead types, so they are limited per inviting
/// account and per listing. The count comes from the invitation rows themselves (cancelled ones
/// included: cancelling does not unsend an email), over the 24 hours before now, so it holds
/// across restarts and servers.
/// </summary>
public static class InviteLimits
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public static void AddInviteLimits(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<InviteLimitOptions>().BindConfiguration(InviteLimitOptions.Section)
            .Validate(o => o.PerAccountPerDay > 0 && o.PerListingPerDay > 0, "Leads:InviteLimits values must be positive.")
            .ValidateOnStart();

    /// <summary>Null when another invitation may be sent now; otherwise the message to show and how long until one may.</summary>
    public static async Task<(string Message, TimeSpan RetryAfter)?> CheckAsync(DirectoryDbContext db, InviteLimitOptions limits, int listingId, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - Window;
        var byAccount = await db.LeadInvites.Where(i => i.InvitedBy == userId && i.CreatedAt > since)
            .OrderByDescending(i => i.CreatedAt).Select(i => i.CreatedAt).Take(limits.PerAccountPerDay).ToListAsync(cancellationToken);
        if (byAccount.Count >= limits.PerAccountPerDay)
        {
            return ($"You have sent {limits.PerAccountPerDay} invitations in the last 24 hours, the most we allow. Try again {Later(byAccount[^1] + Window - now)}.", byAccount[^1] + Window - now);
        }
        var forListing = await db.LeadInvites.Where(i => i.ListingId == listingId && i.CreatedAt > since)
            .OrderByDescending(i => i.CreatedAt).Select(i => i.CreatedAt).Take(limits.PerListingPerDay).ToListAsync(cancellationToken);
        if (forListing.Count >= limits.PerListingPerDay)
        {
            return ($"{limits.PerListingPerDay} invitations have been sent for this listing in the last 24 hours, the most we allow. Try again {Later(forListing[^1] + Window - now)}.", forListing[^1] + Window - now);
        }
        return null;
    }

    private static string Later(TimeSpan wait) => wait.TotalMinutes < 60
        ? $"in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes"
        : $"in about {(int)Math.Ceiling(wait.TotalHours)} hours";
}
