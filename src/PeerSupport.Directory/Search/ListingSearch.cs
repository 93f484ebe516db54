using Lucene.Net.Index;
using Lucene.Net.Search;
using NetTopologySuite.Geometries;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index. Lucene narrows the candidates (text;
/// a bounding box round the place; listings that serve an area, the whole country, or meet
/// online or by phone); a collector reads each candidate's facts from doc values; filters,
/// counts, ranking and paging then run in memory; only the page's cards are read from
/// stored fields.
/// </summary>
public sealed class ListingSearch(SearchIndex index)
{
    private const int MaxPreferences = 64;

    public SearchResults Search(SearchRequest request)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var vocabulary = new TagVocabulary();
        var candidates = Collect(searcher, request, vocabulary);
        var filters = new SearchFilters(request, vocabulary);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            c.Failed = filters.FailedGroups(c);
            candidates[i] = c;
        }

        var preferences = request.Tags.Concat(request.Formats).Concat(request.Must).Distinct().Take(MaxPreferences).ToArray();
        var preferenceIndexes = preferences.Select(vocabulary.IndexOf).ToArray();
        var results = candidates.Where(c => c.Failed == 0).ToList();
        var ordered = Rank(results, request, preferenceIndexes);

        var page = Math.Max(1, request.Page);
        var hits = ordered.Skip((page - 1) * request.PageSize).Take(request.PageSize).Select(c =>
        {
            var card = ListingCard.FromJson(searcher.Doc(c.Doc).Get(ListingDocument.Card));
            var met = preferences.Where((_, i) => c.Tags.Has(preferenceIndexes[i])).ToList();
            return new SearchHit(card, c.Reach, c.DistanceKm, met, preferences.Except(met).ToList(), IsStale(c, request));
        }).ToList();

        var relaxations = results.Count == 0 ? Relax(request, filters, candidates) : [];
        return new SearchResults(hits, results.Count, page, request.PageSize, filters.Count(candidates), relaxations);
    }

    private List<Candidate> Collect(IndexSearcher searcher, SearchRequest request, TagVocabulary vocabulary)
    {
        var collector = new CandidateCollector(request, vocabulary);
        searcher.Search(BuildQuery(request), collector);
        var candidates = collector.Candidates;
        if (request.Near is { } near)
        {
            candidates.RemoveAll(c => c.Reach == Reach.CoversArea && !AreaCovers(searcher, c.Doc, near));
        }
        return candidates;
    }

    /// <summary>
    /// Best match: more preferences met first, listings that may be out of date after fresh ones,
    /// then (with a place) groups meeting nearby or covering the area before national, online
    /// and phone support, then relevance to the text in bands (so near-equal scores do not
    /// scramble distance), then nearest. Ties fall back to the listing id, so the order is stable.
    /// </summary>
    private static List<Candidate> Rank(List<Candidate> results, SearchRequest request, int[] preferences)
    {
        var maxScore = results.Count == 0 ? 1 : Math.Max(results.Max(c => c.Score), float.Epsilon);
        int Met(Candidate c) => preferences.Count(c.Tags.Has);
        int Band(Candidate c) => string.IsNullOrWhiteSpace(request.Text) ? 0 : Math.Min(2, (int)Math.Floor(c.Score / maxScore * 3));
        int ReachRank(Candidate c) => request.Near is null ? 0 : (int)c.Reach;
        int Local(Candidate c) => request.Near is null || c.Reach is Reach.Venue or Reach.CoversArea ? 0 : 1;
        var sorted = request.Sort switch
        {
            SortOrder.Distance => results.OrderBy(ReachRank).ThenBy(c => c.DistanceKm ?? double.MaxValue).ThenByDescending(Met),
            SortOrder.NextMeeting => results.OrderBy(c => c.NextStart ?? DateTime.MaxValue).ThenBy(ReachRank).ThenBy(c => c.DistanceKm ?? double.MaxValue),
            _ => results.OrderByDescending(Met).ThenBy(c => IsStale(c, request)).ThenBy(Local).ThenByDescending(Band).ThenBy(ReachRank)
                .ThenBy(c => c.DistanceKm ?? double.MaxValue).ThenByDescending(c => c.Score),
        };
        return sorted.ThenBy(c => c.Id).ToList();
    }

    private static bool IsStale(Candidate c, SearchRequest request) =>
        FreshnessText.MayBeOutOfDate(c.ConfirmedTicks == 0 ? null : new DateTime(c.ConfirmedTicks, DateTimeKind.Utc), request.UtcNow);

    private List<Relaxation> Relax(SearchRequest request, SearchFilters filters, List<Candidate> candidates)
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
        var vocabulary = new TagVocabulary();
        var candidates = Collect(lease.Searcher, request, vocabulary);
        var filters = new SearchFilters(request, vocabulary);
        return candidates.Count(c => filters.FailedGroups(c) == 0);
    }

    private BooleanQuery BuildQuery(SearchRequest request)
    {
        var query = new BooleanQuery
        {
            { TextQuery.Build(index.Analyzer, index.WordsOnly, request.Text) ?? new MatchAllDocsQuery(), Occur.MUST },
        };
        if (request.Near is { } near)
        {
            var (minLat, maxLat, minLon, maxLon) = near.BoundingBox(request.RadiusKm);
            var box = new BooleanQuery
            {
                { NumericRangeQuery.NewDoubleRange(ListingDocument.Latitude, minLat, maxLat, true, true), Occur.MUST },
                { NumericRangeQuery.NewDoubleRange(ListingDocument.Longitude, minLon, maxLon, true, true), Occur.MUST },
            };
            // Online and phone listings are always candidates, so "include online" can show its count.
            // A filter, not a score: where a listing is must not make it a better text match.
            var where = new BooleanQuery
            {
                { box, Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Reach, nameof(Reach.CoversArea))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Reach, nameof(Reach.National))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.Region))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.Radius))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.National))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Tag, ListingDocument.FormatTags[Formats.Online])), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Tag, ListingDocument.FormatTags[Formats.Phone])), Occur.SHOULD },
            };
            query.Add(new ConstantScoreQuery(where) { Boost = 0 }, Occur.MUST);
        }
        return query;
    }

    private static bool AreaCovers(IndexSearcher searcher, int doc, GeoPoint near)
    {
        var stored = searcher.Doc(doc);
        var wkt = stored.Get(ListingDocument.AreaWkt);
        var area = new AreaServed
        {
            Kind = wkt is null ? AreaKind.Radius : AreaKind.Region,
            Latitude = stored.GetField(ListingDocument.AreaLatitude)?.GetDoubleValue(),
            Longitude = stored.GetField(ListingDocument.AreaLongitude)?.GetDoubleValue(),
            RadiusKm = stored.GetField(ListingDocument.AreaRadiusKm)?.GetDoubleValue(),
            Wkt = wkt,
        };
        return AreaShapes.Covers(area, near, wkt is null ? null : RegionCache.Get(wkt));
    }

    /// <summary>Region polygons parsed once per distinct WKT.</summary>
    private static class RegionCache
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Geometry?> Shapes = new();

        public static Geometry? Get(string wkt) => Shapes.GetOrAdd(wkt, AreaShapes.ReadPolygon);
    }
}
