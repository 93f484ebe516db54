namespace PeerSupport.Directory.Freshness;

/// <summary>A one-click link that has been used; its nonce can never act again.</summary>
public class OneClickUse
{
    public required string Nonce { get; set; }
    public int ListingId { get; set; }
    public required string Action { get; set; }
    public DateTime UsedAt { get; set; }
}

/// <summary>The weekly check of one website or booking link of a published listing.</summary>
public class LinkCheck
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string Url { get; set; }
    public DateTime LastCheckedAt { get; set; }

    /// <summary>"200", "404", "timeout", "dns", "too many redirects" …</summary>
    public string LastResult { get; set; } = "";

    public int ConsecutiveFailures { get; set; }

    /// <summary>When leads and moderators were told (after two failures in a row); cleared when it works again.</summary>
    public DateTime? FlaggedAt { get; set; }
}

/// <summary>The day's freshness figures, kept for the 12-month trend on the admin dashboard.</summary>
public class FreshnessSnapshot
{
    public DateOnly Day { get; set; }
    public int Published { get; set; }
    public int ConfirmedWithin90Days { get; set; }
    public int Due { get; set; }
    public int Overdue { get; set; }
    public int Lapsed { get; set; }
    public int Paused { get; set; }
}
