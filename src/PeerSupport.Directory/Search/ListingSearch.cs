using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index. Lucene matches the text; each segment's
/// facts (doc values, tags, the areas listings serve) are read once into arrays
/// (<see cref="SegmentFacts"/>), so the place (a bounding box round it; listings that serve an
/// area, the whole country, or meet online or by phone), filters, counts and ranking run over
/// plain arrays in one pass; only the page's cards are read from stored fields.
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
        var vocabulary = index.Facts.Vocabulary;
        var preferences = request.Tags.Concat(request.Formats).Concat(request.Must).Distinct().Take(MaxPreferences).ToArray();
        var preferenceIndexes = preferences.Select(vocabulary.IndexOf).ToArray();
        var filters = new SearchFilters(request, vocabulary);
        var collector = Collect(searcher, request, filters, TagBits.Of(preferenceIndexes));
        using var candidates = collector.Candidates;

        var page = Math.Max(1, request.Page);
        var skip = (long)(page - 1) * request.PageSize;
        var maxScore = collector.ResultCount == 0 ? 1 : Math.Max(collector.MaxResultScore, float.Epsilon);
        var ranked = Top(candidates.Span, (int)Math.Min(skip + request.PageSize, collector.ResultCount), new Ranking(request, maxScore));
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

        var relaxations = collector.ResultCount == 0 ? Relax(request, filters, candidates.Span) : [];
        var facets = filters.Count(candidates.Span);
        return new SearchResults(hits, collector.ResultCount, page, request.PageSize, facets, relaxations);
    }

    private CandidateCollector Collect(IndexSearcher searcher, SearchRequest request, SearchFilters filters, TagBits preferences)
    {
        var collector = new CandidateCollector(request, index.Facts, filters, preferences, searcher.IndexReader.MaxDoc);
        if (TextQuery.Build(index.Analyzer, index.WordsOnly, request.Text) is { } text)
        {
            searcher.Search(text, collector);
            return collector;
        }
        // No text: every live listing is a match, so walk the segments' arrays without a scorer.
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            collector.SetNextSegment(leaf);
            for (var doc = 0; doc < collector.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    collector.Consider(doc, 0);
                }
            }
        }
        return collector;
    }

    /// <summary>The first <paramref name="count"/> results in rank order, without sorting the rest.</summary>
    private static List<Candidate> Top(ReadOnlySpan<Candidate> candidates, int count, Ranking ranking)
    {
        var top = new List<Candidate>(Math.Min(count, WindowLimit) + 1);
        if (count <= 0)
        {
            return top;
        }
        if (count > WindowLimit)
        {
            foreach (ref readonly var c in candidates)
            {
                if (c.Failed == 0)
                {
                    top.Add(c);
                }
            }
            top.Sort(ranking.Compare);
            return top.GetRange(0, count);
        }
        foreach (ref readonly var c in candidates)
        {
            if (c.Failed != 0 || (top.Count == count && ranking.Compare(c, top[^1]) >= 0))
            {
                continue;
            }
            // Insert in order into the window, dropping its last when full.
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
        }
        return top;
    }

    /// <summary>
    /// Best match: more preferences met first, listings that may be out of date after fresh ones,
    /// then (with a place) groups meeting nearby or covering the area before national, online
    /// and phone support, then relevance to the text in bands (so near-equal scores do not
    /// scramble distance), then nearest. Ties fall back to the listing id, so the order is total and stable.
    /// </summary>
    private sealed class Ranking(SearchRequest request, float maxScore)
    {
        private readonly SortOrder sort = request.Sort;
        private readonly bool hasNear = request.Near is not null;
        private readonly bool hasText = !string.IsNullOrWhiteSpace(request.Text);

        private int Band(in Candidate c) => hasText ? Math.Min(2, (int)Math.Floor(c.Score / maxScore * 3)) : 0;

        private int ReachRank(in Candidate c) => hasNear ? (int)c.Reach : 0;

        private int Local(in Candidate c) => !hasNear || c.Reach is Reach.Venue or Reach.CoversArea ? 0 : 1;

        public int Compare(Candidate x, Candidate y) => Compare(in x, in y);

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

    private List<Relaxation> Relax(SearchRequest request, SearchFilters filters, ReadOnlySpan<Candidate> candidates)
    {
        var relaxations = filters.Relaxations(candidates);
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
        var collector = Collect(lease.Searcher, request, new SearchFilters(request, index.Facts.Vocabulary), default);
        using var _ = collector.Candidates;
        return collector.ResultCount;
    }
}
