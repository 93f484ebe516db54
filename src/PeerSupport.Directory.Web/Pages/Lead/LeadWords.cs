using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>A listing's status as its lead should read it.</summary>
public static class LeadWords
{
    public static string Status(ListingStatus status) => status switch
    {
        ListingStatus.Draft => "Draft",
        ListingStatus.Pending => "Waiting for a moderator to check it",
        ListingStatus.Published => "Live in search",
        ListingStatus.Paused => "Paused",
        ListingStatus.Lapsed => "Hidden from search until you confirm it is still running",
        ListingStatus.Archived => "Closed",
        _ => status.ToString(),
    };
}
