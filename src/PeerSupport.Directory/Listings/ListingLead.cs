using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Listings;

/// <summary>Links an account to a listing it leads (a lead or a co-lead).</summary>
public class ListingLead
{
    public int ListingId { get; set; }
    public required string UserId { get; set; }
    public DirectoryUser? User { get; set; }
    public bool IsPrimary { get; set; }
    public DateTime AddedAt { get; set; }
}
