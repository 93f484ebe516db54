namespace PeerSupport.Directory.Freshness;

/// <summary>How recently a group confirmed it is running, in words a person can trust at a glance.</summary>
public static class FreshnessText
{
    public static string Describe(DateTime? lastConfirmedUtc, DateTime utcNow)
    {
        if (lastConfirmedUtc is not { } confirmed)
        {
            return "Not yet confirmed by the group";
        }
        var days = (int)Math.Floor((utcNow - confirmed).TotalDays);
        var ago = days switch
        {
            < 1 => "today",
            1 => "yesterday",
            < 14 => $"{days} days ago",
            < 60 => $"{days / 7} weeks ago",
            < 365 => $"{days / 30} months ago",
            _ => "over a year ago",
        };
        return $"Group confirmed it is running {ago}";
    }

    /// <summary>True once a listing has gone <paramref name="overdueDays"/> (Freshness:OverdueDays) without confirmation.</summary>
    public static bool MayBeOutOfDate(DateTime? lastConfirmedUtc, DateTime utcNow, int overdueDays = 120) =>
        lastConfirmedUtc is not { } confirmed || (utcNow - confirmed).TotalDays >= overdueDays;
}
