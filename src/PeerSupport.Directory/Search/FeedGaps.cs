namespace PeerSupport.Directory.Search;

/// <summary>
/// How far a node's watermark may move, given the feed sequences it can see above it.
///
/// Sequences are identity values. On SQL Server they are handed out when a row is inserted, not
/// when its transaction commits, so sequence 11 can be visible while 10 is still being written
/// (it appears a moment later), and some values are never used at all: a rolled-back insert
/// takes one, and an identity cache lost on a restart skips up to a thousand. (SQLite writes one
/// transaction at a time, so there a missing value has always been rolled back.) A watermark
/// moved past a missing value that later appears would skip that change for good, so a gap
/// stops the watermark until it has stood for <see cref="Grace"/>: the transactions that write
/// entries are short, so by then the value either appeared or never will. The node applies the
/// entries above a young gap anyway (applying one twice is harmless: an update reloads the
/// listing from the database) and reads again from below the gap on the next poll, so a late
/// entry is still seen. A change held back longer than the grace (an unusually slow transaction)
/// is caught by the reconcile every node runs hourly.
/// </summary>
public static class FeedGaps
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <param name="watermark">The highest sequence applied with nothing missing below it.</param>
    /// <param name="visible">Sequences above the watermark now visible, in ascending order, each with when this node first saw it.</param>
    /// <param name="now">The node's clock, on the same scale as the first-seen times.</param>
    /// <returns>The new watermark: past each value that is there, and past each gap older than the grace.</returns>
    /// <remarks>A gap's age is how long the entry just above it has been visible: the missing value was handed out before that entry's.</remarks>
    public static long Advance(long watermark, IReadOnlyList<(long Sequence, DateTime FirstSeen)> visible, DateTime now, TimeSpan grace)
    {
        foreach (var (sequence, firstSeen) in visible)
        {
            if (sequence <= watermark)
            {
                continue;
            }
            if (sequence != watermark + 1 && now - firstSeen < grace)
            {
                break;
            }
            watermark = sequence;
        }
        return watermark;
    }
}
