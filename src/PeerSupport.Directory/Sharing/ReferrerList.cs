namespace PeerSupport.Directory.Sharing;

/// <summary>
/// A referrer's short list of groups for someone, with an optional note, made without an
/// account. The public link (/l/{code}) is read-only; the edit link carries a secret key stored
/// only as a SHA-256 hash. Nothing about the person being referred is asked for or stored.
/// Lists nobody has opened for 12 months expire.
/// </summary>
public class ReferrerList
{
    public int Id { get; set; }

    /// <summary>The public short code (<see cref="ShortLinkCode"/>), never reused.</summary>
    public required string Code { get; set; }

    public required string EditKeyHash { get; set; }
    public string Note { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Last time anyone opened the public or edit page (at most once a day is written).</summary>
    public DateTime LastOpenedAt { get; set; }

    /// <summary>Set by the expiry job; the list's items are removed and its pages say it has expired.</summary>
    public DateTime? ExpiredAt { get; set; }

    public List<ReferrerListItem> Items { get; set; } = [];
}

public class ReferrerListItem
{
    public int Id { get; set; }
    public int ListId { get; set; }
    public int ListingId { get; set; }
    public int Position { get; set; }
}
