namespace PeerSupport.Directory.Listings;

/// <summary>
/// A lead invites someone to co-lead by email. The link carries a secret token stored only as a
/// SHA-256 hash; it expires, works once, and only for an account with the invited address.
/// </summary>
public class LeadInvite
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string Email { get; set; }
    public required string TokenHash { get; set; }
    public required string InvitedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
}
