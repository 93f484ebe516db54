using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The gap rule: how far a watermark may move over the feed sequences a node sees.</summary>
public sealed class FeedGapsTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private static long Advance(long watermark, params (long Sequence, double SecondsAgo)[] visible) =>
        FeedGaps.Advance(watermark, visible.Select(v => (v.Sequence, Now.AddSeconds(-v.SecondsAgo))).ToList(), Now, Grace);

    [Fact]
    public void The_watermark_moves_over_consecutive_sequences_however_new() =>
        Assert.Equal(13, Advance(10, (11, 0), (12, 0), (13, 0)));

    [Fact]
    public void A_young_gap_stops_the_watermark_before_it() =>
        Assert.Equal(11, Advance(10, (11, 0), (13, 1), (14, 1)));

    [Fact]
    public void A_gap_seen_for_the_grace_is_taken_as_permanent() =>
        Assert.Equal(14, Advance(10, (11, 0), (13, 5), (14, 0)));

    [Fact]
    public void A_gap_at_the_watermark_itself_stops_it_while_young() =>
        Assert.Equal(10, Advance(10, (12, 4.9)));

    [Fact]
    public void After_a_permanent_gap_a_younger_one_still_stops_the_watermark() =>
        Assert.Equal(13, Advance(10, (13, 60), (15, 1)));

    [Fact]
    public void Nothing_visible_leaves_the_watermark_where_it_was() =>
        Assert.Equal(10, Advance(10));
}
