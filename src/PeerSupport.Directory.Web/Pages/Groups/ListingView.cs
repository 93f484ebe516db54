using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>What <c>_ListingView</c> shows: the public group page body, also used for a lead's preview so the two cannot drift.</summary>
public sealed record ListingView(Listing Listing, DateTime UtcNow, int OverdueDays = 120);
