using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The order of results as <see cref="Ranking"/> defines it, on hand-made candidates: no index needed.</summary>
public class RankingOrderTests
{
    private static Candidate C(int id, int met = 0, bool stale = false, Reach reach = Reach.Venue, double km = 1, float score = 1, long next = long.MaxValue) => new()
    {
        Id = id,
        Met = met,
        Stale = stale,
        Reach = reach,
        SortDistance = reach == Reach.Venue ? km : double.MaxValue,
        Score = score,
        NextStartTicks = next,
    };

    /// <summary>Pairs where the first must come first, each differing from the baseline in the part named, strongest part first.</summary>
    public static TheoryData<string, int, int> BestMatchPairs() => new()
    {
        { "more preferences met beats freshness", 0, 1 },
        { "fresh beats nearby", 2, 3 },
        { "nearby (venue or area) beats online", 4, 5 },
        { "a better relevance band beats reach", 6, 7 },
        { "a venue beats an area when both are nearby", 8, 9 },
        { "nearer beats a higher score in the same band", 10, 11 },
        { "a higher score decides equal distances", 12, 13 },
        { "the lower id decides the rest", 14, 15 },
    };

    private static readonly Candidate[] BestMatchCandidates =
    [
        C(1, met: 2, stale: true), C(2, met: 1),
        C(3, stale: false, reach: Reach.OnlineOrPhone), C(4, stale: true, reach: Reach.Venue),
        C(5, reach: Reach.CoversArea, score: 0.1f), C(6, reach: Reach.National, score: 1),
        C(7, reach: Reach.CoversArea, score: 1f), C(8, reach: Reach.Venue, score: 0.2f),
        C(9, reach: Reach.Venue, km: 9, score: 0.95f), C(10, reach: Reach.CoversArea, score: 1),
        C(11, km: 1, score: 0.7f), C(12, km: 2, score: 0.99f),
        C(13, km: 1, score: 0.9f), C(14, km: 1, score: 0.8f),
        C(15, km: 1, score: 0.9f), C(16, km: 1, score: 0.9f),
    ];

    [Theory]
    [MemberData(nameof(BestMatchPairs))]
    public void Best_match_orders_by_its_parts_in_turn(string rule, int first, int second)
    {
        var ranking = new Ranking(SortOrder.BestMatch, hasNear: true, hasText: true, maxScore: 1);
        Assert.True(ranking.Compare(BestMatchCandidates[first], BestMatchCandidates[second]) < 0, rule);
        Assert.True(ranking.Compare(BestMatchCandidates[second], BestMatchCandidates[first]) > 0, rule);
    }

    [Fact]
    public void Parts_that_cannot_differ_in_a_search_are_left_out()
    {
        Assert.Equal([RankPart.PreferencesMet, RankPart.Fresh], new Ranking(SortOrder.BestMatch, false, false, 1).Parts);
        Assert.Equal([RankPart.PreferencesMet, RankPart.Fresh, RankPart.RelevanceBand, RankPart.Score], new Ranking(SortOrder.BestMatch, false, true, 1).Parts);
        Assert.Equal([RankPart.PreferencesMet], new Ranking(SortOrder.Distance, false, true, 1).Parts);
        Assert.Equal([RankPart.NextMeeting, RankPart.Reach, RankPart.Distance], new Ranking(SortOrder.NextMeeting, true, false, 1).Parts);
    }

    [Fact]
    public void Nearest_first_puts_venues_by_distance_before_everything_else_then_preferences()
    {
        var ranking = new Ranking(SortOrder.Distance, hasNear: true, hasText: false, maxScore: 1);
        Candidate[] shuffled = [C(1, reach: Reach.OnlineOrPhone, met: 3), C(2, km: 5), C(3, reach: Reach.CoversArea), C(4, km: 0.5), C(5, km: 5, met: 1), C(6, reach: Reach.National)];
        Assert.Equal([4, 5, 2, 3, 6, 1], shuffled.Order(Comparer<Candidate>.Create(ranking.Compare)).Select(c => c.Id));
    }

    [Fact]
    public void Next_meeting_first_puts_the_soonest_first_and_none_last()
    {
        var ranking = new Ranking(SortOrder.NextMeeting, hasNear: true, hasText: false, maxScore: 1);
        Candidate[] shuffled = [C(1), C(2, next: 500), C(3, next: 100, reach: Reach.OnlineOrPhone), C(4, next: 100, km: 3), C(5, next: 100, km: 2)];
        Assert.Equal([5, 4, 3, 2, 1], shuffled.Order(Comparer<Candidate>.Create(ranking.Compare)).Select(c => c.Id));
    }

    public static TheoryData<SortOrder, bool, bool> Rankings()
    {
        var data = new TheoryData<SortOrder, bool, bool>();
        foreach (var sort in Enum.GetValues<SortOrder>())
        {
            foreach (var near in new[] { true, false })
            {
                data.Add(sort, near, true);
                data.Add(sort, near, false);
            }
        }
        return data;
    }

    /// <summary>The shortcuts the search takes (skip a higher tier, skip a greater key) never disagree with the full comparison.</summary>
    [Theory]
    [MemberData(nameof(Rankings))]
    public void The_tier_and_the_key_never_contradict_the_comparison(SortOrder sort, bool hasNear, bool hasText)
    {
        var random = new Random(7);
        var ranking = new Ranking(sort, hasNear, hasText, maxScore: 4);
        var candidates = Enumerable.Range(1, 300).Select(id =>
        {
            var reach = hasNear ? (Reach)random.Next(4) : Reach.Venue;
            return C(id, met: random.Next(3), stale: random.Next(4) == 0, reach: reach,
                km: Math.Round(random.NextDouble() * 20, random.Next(4)), score: hasText ? random.Next(9) / 2f : 0,
                next: random.Next(3) == 0 ? long.MaxValue : random.Next(5) * TimeSpan.TicksPerHour);
        }).ToArray();
        foreach (var x in candidates)
        {
            foreach (var y in candidates)
            {
                var order = ranking.Compare(x, y);
                Assert.Equal(-order, ranking.Compare(y, x));
                if (ranking.Key(x) < ranking.Key(y))
                {
                    Assert.True(order < 0, $"key puts {x.Id} first, comparison does not");
                }
                if (ranking.Tier(x) < ranking.Tier(y))
                {
                    Assert.True(order < 0, $"tier puts {x.Id} first, comparison does not");
                }
                Assert.InRange(ranking.Tier(x), 0, ranking.TierCount - 1);
            }
        }
    }
}
