namespace PeerSupport.Directory.Moderation;

/// <summary>Someone asks to lead an existing listing; a moderator decides, with a reason emailed to them.</summary>
public class ListingClaim
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string UserId { get; set; }

    /// <summary>How they are connected to the group, in their words, for the moderator.</summary>
    public string Message { get; set; } = "";

    public ClaimStatus Status { get; set; } = ClaimStatus.Pending;
    public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

public enum ClaimStatus { Pending, Approved, Rejected }
