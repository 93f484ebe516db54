using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NetTopologySuite.Geometries;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index. Lucene narrows the candidates (text,
/// a bounding box, area-serving and remote listings); a collector then reads distances and
/// preference matches from doc values; the page's cards come from stored fields.
/// </summary>
public sealed class ListingSearch(SearchIndex index)
{
    private const int MaxPreferences = 32;

    private record struct Candidate(int Doc, float Score, Reach Reach, double? DistanceKm, uint Met);

    public SearchResults Search(SearchRequest request)
    {
        var preferences = request.Tags.Concat(request.Formats).Distinct().Take(MaxPreferences).ToArray();
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var collector = new CandidateCollector(request, preferences);
        searcher.Search(BuildQuery(request), collector);

        var candidates = collector.Candidates;
        if (request.Near is { } near)
        {
            candidates = candidates.Where(c => c.Reach != Reach.CoversArea || AreaCovers(searcher, c.Doc, near)).ToList();
        }
        var ordered = candidates
            .OrderByDescending(c => System.Numerics.BitOperations.PopCount(c.Met))
            .ThenBy(c => request.Near is null ? 0 : (int)c.Reach)
            .ThenBy(c => c.DistanceKm ?? double.MaxValue)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Doc)
            .ToList();

        var page = Math.Max(1, request.Page);
        var hits = ordered.Skip((page - 1) * request.PageSize).Take(request.PageSize).Select(c =>
        {
            var card = ListingCard.FromJson(searcher.Doc(c.Doc).Get(ListingDocument.Card));
            var met = preferences.Where((_, i) => (c.Met & (1u << i)) != 0).ToList();
            return new SearchHit(card, c.Reach, c.DistanceKm, met, preferences.Except(met).ToList());
        }).ToList();
        return new SearchResults(hits, ordered.Count, page, request.PageSize);
    }

    private BooleanQuery BuildQuery(SearchRequest request)
    {
        var query = new BooleanQuery();
        var text = TextQuery(request.Text);
        query.Add(text is null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (!request.IncludeOnlineAndPhone)
        {
            query.Add(new TermQuery(new Term(ListingDocument.Tag, ListingDocument.FormatTags[Formats.InPerson])), Occur.MUST);
        }
        if (request.Near is { } near)
        {
            var (minLat, maxLat, minLon, maxLon) = near.BoundingBox(request.RadiusKm);
            var box = new BooleanQuery
            {
                { NumericRangeQuery.NewDoubleRange(ListingDocument.Latitude, minLat, maxLat, true, true), Occur.MUST },
                { NumericRangeQuery.NewDoubleRange(ListingDocument.Longitude, minLon, maxLon, true, true), Occur.MUST },
            };
            var where = new BooleanQuery
            {
                { box, Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Reach, nameof(Reach.CoversArea))), Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Reach, nameof(Reach.National))), Occur.SHOULD },
            };
            if (request.IncludeOnlineAndPhone)
            {
                where.Add(new TermQuery(new Term(ListingDocument.Tag, ListingDocument.FormatTags[Formats.Online])), Occur.SHOULD);
                where.Add(new TermQuery(new Term(ListingDocument.Tag, ListingDocument.FormatTags[Formats.Phone])), Occur.SHOULD);
            }
            query.Add(where, Occur.MUST);
        }
        return query;
    }

    /// <summary>Every word must match the name or the text (which holds tag names and their synonyms).</summary>
    private BooleanQuery? TextQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var query = new BooleanQuery();
        using var stream = index.Analyzer.GetTokenStream(ListingDocument.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            var either = new BooleanQuery
            {
                { new TermQuery(new Term(ListingDocument.Name, word)) { Boost = 3 }, Occur.SHOULD },
                { new TermQuery(new Term(ListingDocument.Text, word)), Occur.SHOULD },
            };
            query.Add(either, Occur.MUST);
        }
        stream.End();
        return query.Clauses.Count == 0 ? null : query;
    }

    private static bool AreaCovers(IndexSearcher searcher, int doc, GeoPoint near)
    {
        var stored = searcher.Doc(doc);
        var area = new AreaServed
        {
            Kind = stored.Get(ListingDocument.AreaWkt) is null ? AreaKind.Radius : AreaKind.Region,
            Latitude = stored.GetField(ListingDocument.AreaLatitude)?.GetDoubleValue(),
            Longitude = stored.GetField(ListingDocument.AreaLongitude)?.GetDoubleValue(),
            RadiusKm = stored.GetField(ListingDocument.AreaRadiusKm)?.GetDoubleValue(),
            Wkt = stored.Get(ListingDocument.AreaWkt),
        };
        return AreaShapes.Covers(area, near, area.Wkt is null ? null : RegionCache.Get(area.Wkt));
    }

    /// <summary>Region polygons parsed once per distinct WKT.</summary>
    private static class RegionCache
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Geometry?> Shapes = new();

        public static Geometry? Get(string wkt) => Shapes.GetOrAdd(wkt, AreaShapes.ReadPolygon);
    }

    private sealed class CandidateCollector(SearchRequest request, string[] preferences) : ICollector
    {
        public List<Candidate> Candidates { get; } = [];
        private Scorer? scorer;
        private int docBase;
        private NumericDocValues? reach;
        private NumericDocValues? lat;
        private NumericDocValues? lon;
        private SortedSetDocValues? tags;
        private long[] preferenceOrds = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            docBase = context.DocBase;
            reach = reader.GetNumericDocValues(ListingDocument.ReachValue);
            lat = reader.GetNumericDocValues(ListingDocument.LatitudeValue);
            lon = reader.GetNumericDocValues(ListingDocument.LongitudeValue);
            tags = reader.GetSortedSetDocValues(ListingDocument.TagValues);
            preferenceOrds = preferences.Select(p => tags?.LookupTerm(new BytesRef(p)) ?? -1).ToArray();
        }

        public void Collect(int doc)
        {
            var kind = (Reach)(reach?.Get(doc) ?? (long)Reach.OnlineOrPhone);
            double? distance = null;
            if (kind == Reach.Venue && request.Near is { } near && lat is not null && lon is not null)
            {
                var point = new GeoPoint(BitConverter.Int64BitsToDouble(lat.Get(doc)), BitConverter.Int64BitsToDouble(lon.Get(doc)));
                distance = near.DistanceKmTo(point);
                if (distance > request.RadiusKm)
                {
                    // Outside the radius: only a group that also meets online or by phone stays, as a remote option.
                    kind = Reach.OnlineOrPhone;
                    distance = null;
                }
            }
            var met = MetPreferences(doc);
            if (kind == Reach.OnlineOrPhone && request.Near is not null && !request.IncludeOnlineAndPhone)
            {
                return;
            }
            Candidates.Add(new Candidate(docBase + doc, scorer?.GetScore() ?? 0, kind, distance, met));
        }

        private uint MetPreferences(int doc)
        {
            if (tags is null || preferenceOrds.Length == 0)
            {
                return 0;
            }
            uint met = 0;
            tags.SetDocument(doc);
            long ord;
            while ((ord = tags.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                var i = Array.IndexOf(preferenceOrds, ord);
                if (i >= 0)
                {
                    met |= 1u << i;
                }
            }
            return met;
        }
    }
}
