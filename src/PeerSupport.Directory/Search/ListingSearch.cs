using Lucene.Net.Search;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index. Lucene matches the text; each segment's
/// facts (doc values, tags, the areas listings serve) are read once into arrays and sets of
/// documents (<see cref="SegmentFacts"/>), so the place (venues within the radius, listings that
/// serve an area covering it, national, online and phone support), the filters and their counts
/// work on whole words of those sets (<see cref="SegmentMatch"/>, <see cref="SearchFilters"/>);
/// only the ranking (and a <see cref="SearchRequest.Sessions"/> window, when asked) visits each
/// result, and only the page's cards are read.
/// </summary>
public sealed class ListingSearch(SearchIndex index)
{
    /// <summary>Up to this many ranks (page × page size) are kept in a small sorted window; deeper pages sort every result.</summary>
    private const int WindowLimit = 256;

    public SearchResults Search(SearchRequest request)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        using var rented = SearchScratch.Rent();
        var scratch = rented.Scratch;
        var vocabulary = index.Facts.Vocabulary;
        var preferences = new Preferences(request, vocabulary);
        var filters = new SearchFilters(request, vocabulary);
        // Words left over from a described need are held loosely: what they named ranks the results.
        var textMatched = request.LooseText ? TextMatch.Some : TextMatch.All;
        var (segments, total) = Match(searcher, request, filters, scratch, textMatched);
        if (total == 0 && !string.IsNullOrWhiteSpace(request.Text))
        {
            // A sentence is not held to every word: any will do, and then (when the words named
            // something) none, leaving what they named to rank the results.
            (segments, total, textMatched) = textMatched == TextMatch.All && Match(searcher, request, filters, scratch, TextMatch.Some) is { Total: > 0 } some
                ? (some.Segments, some.Total, TextMatch.Some)
                : request.Readings.Count > 0 && Match(searcher, request, filters, scratch, TextMatch.None) is { Total: > 0 } none && AnyMeets(none.Segments, preferences)
                    ? (none.Segments, none.Total, TextMatch.None)
                    : (segments, total, TextMatch.All);
        }

        var page = Math.Max(1, request.Page);
        var skip = (long)(page - 1) * request.PageSize;
        var (ranked, from) = request.Sort == SortOrder.Listed
            ? (ListedPage(segments, request, preferences, skip, request.PageSize), 0)
            : (Rank(segments, request, preferences, (int)Math.Min(skip + request.PageSize, total), scratch), (int)Math.Min(skip, int.MaxValue));
        var hits = new List<SearchHit>();
        var json = new Lucene.Net.Util.BytesRef();
        for (var i = Math.Min(from, ranked.Count); i < ranked.Count; i++)
        {
            var c = ranked[i];
            searcher.IndexReader.Leaves[c.Leaf].AtomicReader.GetBinaryDocValues(ListingDocument.Card).Get(c.Doc, json);
            var card = ListingCard.FromUtf8Json(json.Bytes.AsSpan(json.Offset, json.Length));
            var (met, notStated) = preferences.Describe(c.Tags, c.Facts.FilterBits[c.Doc]);
            hits.Add(new SearchHit(card, c.Reach, c.DistanceKm, met, notStated, c.Stale));
        }

        var relaxations = total == 0 && request.Sort != SortOrder.Listed ? Relax(request, filters, segments, scratch) : [];
        // A fixed listing order is for harvests (the open-data API), which show no filter counts.
        var facets = request.Sort == SortOrder.Listed ? new Dictionary<string, IReadOnlyList<FacetCount>>() : filters.Count(segments, scratch);
        return new SearchResults(hits, total, page, request.PageSize, facets, relaxations) { TextMatched = textMatched, WordsAnded = filters.WordsAnded };
    }

    /// <summary>Whether any result meets at least one preference (without it, dropping the words would show groups that have nothing to do with them).</summary>
    private static bool AnyMeets(SegmentMatch[] segments, Preferences preferences)
    {
        foreach (var segment in segments)
        {
            foreach (var doc in segment.Results)
            {
                if (preferences.Met(segment.Facts.Tags[doc], segment.Facts.FilterBits[doc]) > 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether any listing uses this whole word (lower case), for reading the words of a search.</summary>
    public bool KnowsWord(string word)
    {
        using var lease = index.Acquire();
        return lease.Searcher.IndexReader.DocFreq(new Lucene.Net.Index.Term(ListingDocument.Words, word)) > 0;
    }

    /// <summary>Each segment's candidates (text, then place) and results (filters), and how many results in all.</summary>
    private (SegmentMatch[] Segments, int Total) Match(IndexSearcher searcher, SearchRequest request, SearchFilters filters, SearchScratch scratch, TextMatch match)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segments = new SegmentMatch[leaves.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = new SegmentMatch(leaves[i], index.Facts.For(leaves[i].AtomicReader));
        }
        var reader = searcher.IndexReader;
        if (match != TextMatch.None && TextQuery.Build(index.Analyzer, index.WordsOnly, request.Text, w => reader.DocFreq(new Lucene.Net.Index.Term(ListingDocument.Words, w)) > 0, match) is { } text)
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
            if (request.Sessions is { } window)
            {
                segment.KeepSessionsIn(window);
            }
            total += segment.Results.Count();
        }
        return (segments, total);
    }

    /// <summary>The first <paramref name="count"/> results in rank order, without sorting the rest.</summary>
    private static List<Candidate> Rank(SegmentMatch[] segments, SearchRequest request, Preferences preferences, int count, SearchScratch scratch)
    {
        var top = new List<Candidate>(Math.Min(count, WindowLimit) + 1);
        if (count <= 0)
        {
            return top;
        }
        var ranking = new Ranking(request.Sort, request.Near is not null, !string.IsNullOrWhiteSpace(request.Text), MaxResultScore(segments));
        var describe = new Describer(request, preferences);
        // Each result's tier, worked out once: counted first, then read again to skip the tiers the page does not reach.
        var tiers = segments.Select(s => ranking.TierCount > 1 ? scratch.Ints(s.Facts.MaxDoc) : []).ToArray();
        var cutoff = LastTierNeeded(segments, ranking, describe, count, tiers);
        var localNow = UkCalendar.Local(request.UtcNow);
        var bytes = new Lucene.Net.Util.BytesRef();
        var worst = ulong.MaxValue;
        for (var leaf = 0; leaf < segments.Length; leaf++)
        {
            var segment = segments[leaf];
            var schedules = ranking.NeedsNextMeeting ? segment.Leaf.AtomicReader.GetBinaryDocValues(ListingDocument.SchedulesValue) : null;
            foreach (var doc in segment.Results)
            {
                if (cutoff < ranking.TierCount - 1 && tiers[leaf][doc] > cutoff)
                {
                    continue;
                }
                var c = describe.Candidate(segment, leaf, doc);
                if (schedules is not null)
                {
                    schedules.Get(doc, bytes);
                    var next = ScheduleText.NextLocalStart(ScheduleBytes.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)), localNow);
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

    /// <summary>
    /// One page of the results in listing-id order (<see cref="SortOrder.Listed"/>): each result's
    /// listing id sorted with its position (leaf and doc), then candidates made for the page alone.
    /// A harvest reads every page, so a deep page must not rank every result as <see cref="Rank"/>
    /// does (at 100k, 2,000 pages would each build 100k candidates).
    /// </summary>
    private static List<Candidate> ListedPage(SegmentMatch[] segments, SearchRequest request, Preferences preferences, long skip, int size)
    {
        var (ids, positions) = (new List<int>(), new List<long>());
        for (var leaf = 0; leaf < segments.Length; leaf++)
        {
            var idOf = segments[leaf].Facts.Id;
            foreach (var doc in segments[leaf].Results)
            {
                ids.Add(idOf[doc]);
                positions.Add(((long)leaf << 32) | (uint)doc);
            }
        }
        var (keys, items) = (ids.ToArray(), positions.ToArray());
        Array.Sort(keys, items);
        var describe = new Describer(request, preferences);
        var page = new List<Candidate>(size);
        for (var i = skip; i < items.Length && i < skip + size; i++)
        {
            var (leaf, doc) = ((int)(items[i] >> 32), (int)(uint)items[i]);
            page.Add(describe.Candidate(segments[leaf], leaf, doc));
        }
        return page;
    }

    /// <summary>
    /// The last tier the first <paramref name="count"/> results come from: a count of each tier
    /// first, so the ranking window only sees those tiers (a search near London has tens of
    /// thousands of online results, and none reaches the first page if enough groups meet nearby).
    /// </summary>
    private static int LastTierNeeded(SegmentMatch[] segments, Ranking ranking, Describer describe, int count, int[][] tierOf)
    {
        var tiers = new int[ranking.TierCount];
        if (tiers.Length == 1)
        {
            return 0;
        }
        for (var leaf = 0; leaf < segments.Length; leaf++)
        {
            var of = tierOf[leaf];
            foreach (var doc in segments[leaf].Results)
            {
                tiers[of[doc] = ranking.Tier(describe.ForTier(segments[leaf], doc))]++;
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

    /// <summary>A result as it stands for this search: how it relates to the place, its distance, its score, the preferences it meets, its freshness.</summary>
    private sealed class Describer(SearchRequest request, Preferences preferences)
    {
        private readonly bool hasNear = request.Near is not null;
        private readonly long staleFrom = request.UtcNow.Ticks - request.OverdueDays * TimeSpan.TicksPerDay;

        /// <summary>Only what the tier parts read (<see cref="Search.Ranking.TierParts"/>: preferences met, freshness, reach): every result is tiered, few are ranked.</summary>
        public Candidate ForTier(SegmentMatch segment, int doc)
        {
            var facts = segment.Facts;
            var confirmed = facts.Confirmed[doc];
            return new Candidate
            {
                Reach = segment.ReachOf(doc, hasNear),
                Met = preferences.Met(facts.Tags[doc], facts.FilterBits[doc]),
                Stale = confirmed == 0 || confirmed <= staleFrom,
            };
        }

        public Candidate Candidate(SegmentMatch segment, int leaf, int doc)
        {
            var facts = segment.Facts;
            var reach = segment.ReachOf(doc, hasNear);
            var confirmed = facts.Confirmed[doc];
            return new Candidate
            {
                Facts = facts,
                Leaf = leaf,
                Doc = doc,
                Id = facts.Id[doc],
                Score = segment.Scores?[doc] ?? 0,
                Reach = reach,
                SortDistance = hasNear && reach == Reach.Venue ? segment.Distances[doc] : double.MaxValue,
                NextStartTicks = long.MaxValue,
                Met = preferences.Met(facts.Tags[doc], facts.FilterBits[doc]),
                // Never confirmed, or not for the overdue days: may be out of date.
                Stale = confirmed == 0 || confirmed <= staleFrom,
            };
        }
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
        using var scratch = SearchScratch.Rent();
        return Match(lease.Searcher, request, new SearchFilters(request, index.Facts.Vocabulary), scratch.Scratch, TextMatch.All).Total;
    }
}
