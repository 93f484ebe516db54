namespace PeerSupport.Directory.Search;

/// <summary>
/// The order of results, written once as a list of <see cref="RankPart"/>s per sort order
/// (<see cref="Orders"/>). Everything the search needs follows from that list: the comparison
/// (part by part, then the listing id, so the order is total and stable), a packed key of the
/// leading parts that decides most comparisons with one number, and the tier (the first cheap
/// parts) that lets the search skip results that cannot reach the page. Parts that cannot
/// differ in a search (distance without a place, relevance without text) are left out, so the
/// key's bits go to parts that can.
/// </summary>
internal sealed class Ranking
{
    /// <summary>The order of each sort, most significant part first.</summary>
    public static readonly IReadOnlyDictionary<SortOrder, RankPart[]> Orders = new Dictionary<SortOrder, RankPart[]>
    {
        [SortOrder.BestMatch] = [RankPart.PreferencesMet, RankPart.Fresh, RankPart.Local, RankPart.RelevanceBand, RankPart.Reach, RankPart.Distance, RankPart.Score],
        [SortOrder.Distance] = [RankPart.Reach, RankPart.Distance, RankPart.PreferencesMet],
        [SortOrder.NextMeeting] = [RankPart.NextMeeting, RankPart.Reach, RankPart.Distance],
        [SortOrder.Listed] = [],
    };

    /// <summary>Preferences counted; a request's further ones are ignored (it fits the key's 7 bits).</summary>
    public const int MaxPreferences = 64;

    /// <summary>Parts cheap enough to work out for every result before ranking, and narrow enough to count; they read only a candidate's Met, Stale and Reach.</summary>
    public static readonly IReadOnlySet<RankPart> TierParts = new HashSet<RankPart> { RankPart.PreferencesMet, RankPart.Fresh, RankPart.Local, RankPart.Reach };

    private readonly RankPart[] parts;
    private readonly int[] widths;
    private readonly int tierParts;
    private readonly int tierBits;
    private readonly float maxScore;

    /// <param name="sort">The order asked for.</param>
    /// <param name="hasNear">The search has a place (distance, reach and "local" can differ).</param>
    /// <param name="hasText">The search has text (relevance can differ).</param>
    /// <param name="maxScore">The best text score among the results, for the relevance bands.</param>
    public Ranking(SortOrder sort, bool hasNear, bool hasText, float maxScore)
    {
        this.maxScore = maxScore;
        parts = Orders[sort].Where(p => p switch
        {
            RankPart.Local or RankPart.Reach or RankPart.Distance => hasNear,
            RankPart.RelevanceBand or RankPart.Score => hasText,
            _ => true,
        }).ToArray();
        widths = parts.Select(Width).ToArray();
        tierParts = parts.TakeWhile(TierParts.Contains).Count();
        tierBits = widths.Take(tierParts).Sum();
    }

    /// <summary>The parts this ranking compares, in order.</summary>
    public IReadOnlyList<RankPart> Parts => parts;

    /// <summary>How many tiers there are (<see cref="Tier"/> is below this).</summary>
    public int TierCount => 1 << tierBits;

    /// <summary>True when the order needs each result's next meeting (expensive: read only for results in the tiers needed).</summary>
    public bool NeedsNextMeeting => parts.Contains(RankPart.NextMeeting);

    /// <summary>Bits a part's <see cref="Value"/> takes.</summary>
    private static int Width(RankPart part) => part switch
    {
        RankPart.PreferencesMet => 7,
        RankPart.Fresh or RankPart.Local => 1,
        RankPart.RelevanceBand or RankPart.Reach => 2,
        RankPart.Score => 32,
        _ => 64,
    };

    /// <summary>One part of a candidate as a number: smaller ranks first.</summary>
    public ulong Value(RankPart part, in Candidate c) => part switch
    {
        RankPart.PreferencesMet => (ulong)(MaxPreferences - Math.Min(c.Met, MaxPreferences)),
        RankPart.Fresh => c.Stale ? 1UL : 0,
        RankPart.Local => c.Reach is Reach.Venue or Reach.CoversArea ? 0UL : 1,
        RankPart.RelevanceBand => (ulong)(2 - Math.Min(2, (int)Math.Floor(c.Score / maxScore * 3))),
        RankPart.Reach => (ulong)c.Reach,
        // IEEE bits order like the values for non-negative numbers; "no distance" is double.MaxValue.
        RankPart.Distance => (ulong)BitConverter.DoubleToInt64Bits(c.SortDistance),
        RankPart.Score => uint.MaxValue - BitConverter.SingleToUInt32Bits(Math.Max(0, c.Score)),
        RankPart.NextMeeting => (ulong)c.NextStartTicks,
        _ => 0,
    };

    /// <summary>The leading cheap parts in one number: a result in a lower tier always ranks before one in a higher tier.</summary>
    public int Tier(in Candidate c)
    {
        var tier = 0UL;
        for (var i = 0; i < tierParts; i++)
        {
            tier = (tier << widths[i]) | Value(parts[i], c);
        }
        return (int)tier;
    }

    /// <summary>
    /// The leading parts in 64 bits: a smaller key always ranks first, and equal keys are decided
    /// by <see cref="Compare(in Candidate, in Candidate)"/>. The part that does not fit enters
    /// with its top bits, which keeps the key's order a prefix of the full order.
    /// </summary>
    public ulong Key(in Candidate c)
    {
        var (key, free) = (0UL, 64);
        for (var i = 0; i < parts.Length; i++)
        {
            var (width, value) = (widths[i], Value(parts[i], c));
            if (width >= free)
            {
                return free == 0 ? key : (key << free) | (value >> (width - free));
            }
            (key, free) = ((key << width) | value, free - width);
        }
        return key << free;
    }

    public int Compare(Candidate x, Candidate y) => Compare(in x, in y);

    /// <summary>Part by part, then the listing id.</summary>
    public int Compare(in Candidate x, in Candidate y)
    {
        foreach (var part in parts)
        {
            var order = Value(part, x).CompareTo(Value(part, y));
            if (order != 0)
            {
                return order;
            }
        }
        return x.Id.CompareTo(y.Id);
    }
}
