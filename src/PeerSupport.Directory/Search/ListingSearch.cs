using Lucene.Net.Search;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index. Lucene matches the text; each segment's
/// facts (doc values, tags, the areas listings serve) are read once into arrays and sets of
/// documents (<see cref="SegmentFacts"/>), so the place (venues within the radius, listings that
/// serve an area covering it, national, online and phone support), the filters and their counts
/// work on whole words of those sets (<see cref="SegmentMatch"/>, <see cref="SearchFilters"/>);
/// only the ranking visits each result, and only the page's cards are read.
/// </summary>
public sealed class ListingSearch(SearchIndex index)
{
    private const int MaxPreferences = 64;

    /// <summary>Up to this many ranks (page × page size) are kept in a small sorted window; deeper pages sort every result.</summary>
    private const int WindowLimit = 256;

    public SearchResults Search(SearchRequest request)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var scratch = SearchScratch.Rent();
        try
        {
            var vocabulary = index.Facts.Vocabulary;
            var preferences = request.Tags.Concat(request.Formats).Concat(request.Must).Distinct().Take(MaxPreferences).ToArray();
            var preferenceIndexes = preferences.Select(vocabulary.IndexOf).ToArray();
            var filters = new SearchFilters(request, vocabulary);
            var (segments, total) = Match(searcher, request, filters, scratch);

            var page = Math.Max(1, request.Page);
            var skip = (long)(page - 1) * request.PageSize;
            var ranked = Rank(segments, request, TagBits.Of(preferenceIndexes), (int)Math.Min(skip + request.PageSize, total));
            var hits = new List<SearchHit>();
            var json = new Lucene.Net.Util.BytesRef();
            for (var i = (int)Math.Min(skip, ranked.Count); i < ranked.Count; i++)
            {
                var c = ranked[i];
                searcher.IndexReader.Leaves[c.Leaf].AtomicReader.GetBinaryDocValues(ListingDocument.Card).Get(c.Doc, json);
                var card = ListingCard.FromUtf8Json(json.Bytes.AsSpan(json.Offset, json.Length));
                var met = preferences.Where((_, p) => c.Tags.Has(preferenceIndexes[p])).ToList();
                hits.Add(new SearchHit(card, c.Reach, c.DistanceKm, met, preferences.Except(met).ToList(), c.Stale));
            }

            var relaxations = total == 0 ? Relax(request, filters, segments, scratch) : [];
            var facets = filters.Count(segments, scratch);
            return new SearchResults(hits, total, page, request.PageSize, facets, relaxations);
        }
        finally
        {
            SearchScratch.Return(scratch);
        }
    }

    /// <summary>Each segment's candidates (text, then place) and results (filters), and how many results in all.</summary>
    private (SegmentMatch[] Segments, int Total) Match(IndexSearcher searcher, SearchRequest request, SearchFilters filters, SearchScratch scratch)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segments = new SegmentMatch[leaves.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = new SegmentMatch(leaves[i], index.Facts.For(leaves[i].AtomicReader));
        }
        if (TextQuery.Build(index.Analyzer, index.WordsOnly, request.Text) is { } text)
        {
            foreach (var segment in segments)
            {
                segment.Candidates = scratch.Bits(segment.Facts.MaxDoc);
                segment.Scores = scratch.Floats(segment.Facts.MaxDoc);
            }
            searcher.Search(text, new TextCollector(segments));
        }
        var regionAnswers = new Dictionary<object, bool>();
        var total = 0;
        foreach (var segment in segments)
        {
            segment.MatchPlace(request, scratch, index.Facts.Live(segment.Leaf.AtomicReader), regionAnswers);
            filters.Apply(segment, scratch);
            total += segment.Results.Count();
        }
        return (segments, total);
    }

    /// <summary>The first <paramref name="count"/> results in rank order, without sorting the rest.</summary>
    private static List<Candidate> Rank(SegmentMatch[] segments, SearchRequest request, TagBits preferences, int count)
    {
        var top = new List<Candidate>(Math.Min(count, WindowLimit) + 1);
        if (count <= 0)
        {
            return top;
        }
        var hasNear = request.Near is not null;
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(request.UtcNow, ScheduleText.London);
        var scratch = new Lucene.Net.Util.BytesRef();
        var maxScore = MaxResultScore(segments);
        var ranking = new Ranking(request, maxScore, preferences);
        var cutoff = ranking.LastTierNeeded(segments, count);
        var worst = ulong.MaxValue;
        for (var leaf = 0; leaf < segments.Length; leaf++)
        {
            var segment = segments[leaf];
            var facts = segment.Facts;
            var schedules = request.Sort == SortOrder.NextMeeting ? segment.Leaf.AtomicReader.GetBinaryDocValues(ListingDocument.SchedulesValue) : null;
            foreach (var doc in segment.Results)
            {
                if (ranking.Tier(segment, doc) > cutoff)
                {
                    continue;
                }
                var confirmed = facts.Confirmed[doc];
                var c = new Candidate
                {
                    Facts = facts,
                    Leaf = leaf,
                    Doc = doc,
                    Id = facts.Id[doc],
                    Score = segment.Scores?[doc] ?? 0,
                    Reach = segment.ReachOf(doc, hasNear),
                    SortDistance = double.MaxValue,
                    NextStartTicks = long.MaxValue,
                    Met = facts.Tags[doc].CountOf(preferences),
                    Stale = ranking.IsStale(confirmed),
                };
                if (hasNear && c.Reach == Reach.Venue)
                {
                    c.SortDistance = segment.Distances[doc];
                }
                if (schedules is not null)
                {
                    schedules.Get(doc, scratch);
                    var next = ScheduleText.NextLocalStart(ListingAttributes.DecodeSchedules(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)), localNow);
                    c.NextStartTicks = next?.Ticks ?? long.MaxValue;
                }
                if (count > WindowLimit)
                {
                    top.Add(c);
                    continue;
                }
                // Most results rank below the window's last on the key alone; ties go to the full comparison.
                if (top.Count == count && (ranking.Key(c) > worst || ranking.Compare(c, top[^1]) >= 0))
                {
                    continue;
                }
                var at = top.Count;
                while (at > 0 && ranking.Compare(c, top[at - 1]) < 0)
                {
                    at--;
                }
                top.Insert(at, c);
                if (top.Count > count)
                {
                    top.RemoveAt(top.Count - 1);
                }
                worst = top.Count == count ? ranking.Key(top[^1]) : ulong.MaxValue;
            }
        }
        if (count > WindowLimit)
        {
            top.Sort(ranking.Compare);
            return top.GetRange(0, count);
        }
        return top;
    }

    /// <summary>The best text score among the results (for best match's relevance bands); 1 without results.</summary>
    private static float MaxResultScore(SegmentMatch[] segments)
    {
        var (max, any) = (0f, false);
        foreach (var segment in segments)
        {
            if (segment.Scores is not { } scores)
            {
                continue;
            }
            foreach (var doc in segment.Results)
            {
                (max, any) = (any ? Math.Max(max, scores[doc]) : scores[doc], true);
            }
        }
        return any ? Math.Max(max, float.Epsilon) : 1;
    }

    /// <summary>
    /// Best match: more preferences met first, listings that may be out of date after fresh ones,
    /// then (with a place) groups meeting nearby or covering the area before national, online
    /// and phone support, then relevance to the text in bands (so near-equal scores do not
    /// scramble distance), then nearest. Ties fall back to the listing id, so the order is total and stable.
    /// </summary>
    private sealed class Ranking(SearchRequest request, float maxScore, TagBits preferences)
    {
        private readonly SortOrder sort = request.Sort;
        private readonly bool hasNear = request.Near is not null;
        private readonly bool hasText = !string.IsNullOrWhiteSpace(request.Text);
        private readonly long staleFrom = request.UtcNow.Ticks - request.OverdueDays * TimeSpan.TicksPerDay;

        /// <summary>Never confirmed, or not for <see cref="SearchRequest.OverdueDays"/>: may be out of date.</summary>
        public bool IsStale(long confirmedTicks) => confirmedTicks == 0 || confirmedTicks <= staleFrom;

        /// <summary>
        /// The first parts of the order, worked out cheaply for any result: best match's
        /// preferences met, freshness and "near me", or distance's reach. A result in a lower
        /// tier always ranks before one in a higher tier.
        /// </summary>
        public int Tier(SegmentMatch segment, int doc)
        {
            var facts = segment.Facts;
            switch (sort)
            {
                case SortOrder.BestMatch:
                    var met = facts.Tags[doc].CountOf(preferences);
                    var confirmed = facts.Confirmed[doc];
                    var stale = IsStale(confirmed);
                    var local = !hasNear || segment.InRadius.Has(doc) || facts.Fallback[doc] == Reach.CoversArea;
                    return ((MaxPreferences - met) << 2) | (stale ? 2 : 0) | (local ? 0 : 1);
                case SortOrder.Distance:
                    return hasNear ? (int)segment.ReachOf(doc, hasNear) : 0;
                default:
                    return 0;
            }
        }

        /// <summary>
        /// The last tier the first <paramref name="count"/> results come from: a count of each tier
        /// first, so the ranking window only sees those tiers (a search near London has tens of
        /// thousands of online results, and none reaches the first page if enough groups meet nearby).
        /// </summary>
        public int LastTierNeeded(SegmentMatch[] segments, int count)
        {
            if (sort == SortOrder.NextMeeting)
            {
                return 0;
            }
            var tiers = new int[(MaxPreferences + 1) << 2];
            foreach (var segment in segments)
            {
                foreach (var doc in segment.Results)
                {
                    tiers[Tier(segment, doc)]++;
                }
            }
            var seen = 0;
            for (var tier = 0; tier < tiers.Length; tier++)
            {
                seen += tiers[tier];
                if (seen >= count)
                {
                    return tier;
                }
            }
            return tiers.Length - 1;
        }

        private int Band(in Candidate c) => hasText ? Math.Min(2, (int)Math.Floor(c.Score / maxScore * 3)) : 0;

        private int ReachRank(in Candidate c) => hasNear ? (int)c.Reach : 0;

        private int Local(in Candidate c) => !hasNear || c.Reach is Reach.Venue or Reach.CoversArea ? 0 : 1;

        public int Compare(Candidate x, Candidate y) => Compare(in x, in y);

        /// <summary>
        /// The leading part of the order in one number: a smaller key always ranks first, and equal
        /// keys are decided by <see cref="Compare(in Candidate, in Candidate)"/>. Distances enter as
        /// the top bits of their IEEE representation, which orders like the value for non-negative numbers.
        /// </summary>
        public ulong Key(in Candidate c)
        {
            var distance = (ulong)BitConverter.DoubleToInt64Bits(c.SortDistance);
            // Without a place every distance is the same, so best match goes on to the text score (higher first).
            var last = hasNear ? distance >> 12 : uint.MaxValue - (ulong)BitConverter.SingleToUInt32Bits(Math.Max(0, c.Score));
            return sort switch
            {
                SortOrder.Distance => ((ulong)ReachRank(c) << 62) | (distance >> 1),
                SortOrder.NextMeeting => (ulong)c.NextStartTicks,
                _ => ((ulong)(MaxPreferences - c.Met) << 57) | ((c.Stale ? 1UL : 0) << 56) | ((ulong)Local(c) << 55)
                    | ((ulong)(2 - Band(c)) << 53) | ((ulong)ReachRank(c) << 51) | last,
            };
        }

        public int Compare(in Candidate x, in Candidate y)
        {
            var order = sort switch
            {
                SortOrder.Distance => First(
                    ReachRank(x).CompareTo(ReachRank(y)),
                    x.SortDistance.CompareTo(y.SortDistance),
                    y.Met.CompareTo(x.Met)),
                SortOrder.NextMeeting => First(
                    x.NextStartTicks.CompareTo(y.NextStartTicks),
                    ReachRank(x).CompareTo(ReachRank(y)),
                    x.SortDistance.CompareTo(y.SortDistance)),
                _ => BestMatch(x, y),
            };
            return order != 0 ? order : x.Id.CompareTo(y.Id);
        }

        private int BestMatch(in Candidate x, in Candidate y)
        {
            var order = y.Met.CompareTo(x.Met);
            if (order == 0)
            {
                order = x.Stale.CompareTo(y.Stale);
            }
            if (order == 0)
            {
                order = Local(x).CompareTo(Local(y));
            }
            if (order == 0)
            {
                order = Band(y).CompareTo(Band(x));
            }
            if (order == 0)
            {
                order = ReachRank(x).CompareTo(ReachRank(y));
            }
            if (order == 0)
            {
                order = x.SortDistance.CompareTo(y.SortDistance);
            }
            return order != 0 ? order : y.Score.CompareTo(x.Score);
        }

        private static int First(int a, int b, int c) => a != 0 ? a : b != 0 ? b : c;
    }

    private List<Relaxation> Relax(SearchRequest request, SearchFilters filters, SegmentMatch[] segments, SearchScratch scratch)
    {
        var relaxations = filters.Relaxations(segments, scratch);
        const double FiftyMilesKm = 50 * 1.609344;
        if (request.Near is not null && request.RadiusKm < FiftyMilesKm)
        {
            var wider = request with { RadiusKm = FiftyMilesKm, Page = 1 };
            relaxations.Add(new Relaxation(RelaxationKind.WiderRadius, "50", CountOnly(wider)));
        }
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            relaxations.Add(new Relaxation(RelaxationKind.DropText, null, CountOnly(request with { Text = null, Page = 1 })));
        }
        return relaxations.Where(r => r.Count > 0).OrderByDescending(r => r.Count).ToList();
    }

    private int CountOnly(SearchRequest request)
    {
        using var lease = index.Acquire();
        var scratch = SearchScratch.Rent();
        try
        {
            return Match(lease.Searcher, request, new SearchFilters(request, index.Facts.Vocabulary), scratch).Total;
        }
        finally
        {
            SearchScratch.Return(scratch);
        }
    }
}
