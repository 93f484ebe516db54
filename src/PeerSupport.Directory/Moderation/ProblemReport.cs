namespace PeerSupport.Directory.Moderation;

/// <summary>
/// "Report a problem" on a listing, for moderators. The reporter is not identified: they get
/// a reference and a private link (reference + a secret key, stored only as a hash) to follow
/// its status, so reporting never feels like shouting into a void.
/// </summary>
public class ProblemReport
{
    public int Id { get; set; }

    /// <summary>What the reporter quotes ("R-7k3m9qp"); unique.</summary>
    public required string Reference { get; set; }

    /// <summary>SHA-256 of the key in the reporter's private link.</summary>
    public required string KeyHash { get; set; }

    public int ListingId { get; set; }
    public ReportKind Kind { get; set; }
    public string Details { get; set; } = "";
    public ReportStatus Status { get; set; } = ReportStatus.Received;

    /// <summary>What moderators tell the reporter on the status page.</summary>
    public string Reply { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? HandledBy { get; set; }
}

public enum ReportKind { Closed, WrongDetails, SafetyConcern, Other }

public enum ReportStatus { Received, BeingChecked, Fixed, NoChangeNeeded }
