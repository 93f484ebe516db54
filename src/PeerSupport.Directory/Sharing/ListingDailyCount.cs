namespace PeerSupport.Directory.Sharing;

/// <summary>
/// How many times a listing was viewed or shared on one day, optionally per referrer-chosen
/// <c>via</c> tag. Totals only: no cookie, address, user agent or per-person trail behind them.
/// </summary>
public class ListingDailyCount
{
    public int ListingId { get; set; }
    public DateOnly Day { get; set; }
    public CountKind Kind { get; set; }

    /// <summary>The referrer's tag from <c>?via=</c>, or "" for none.</summary>
    public string Via { get; set; } = "";

    public int Count { get; set; }
}

public enum CountKind { View, Share }
