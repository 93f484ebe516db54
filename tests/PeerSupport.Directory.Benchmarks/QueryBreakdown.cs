using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Where a location query's time goes, timed with the index's public parts only (the search's
/// own steps are internal): the candidates every location query collects wherever the place is,
/// Lucene's cost of matching them, and one page of cards.
/// </summary>
internal static class QueryBreakdown
{
    private const int Repeats = 5;

    /// <summary>Runs <paramref name="work"/> once untimed, then returns its mean time over <see cref="Repeats"/> runs.</summary>
    private static double Time(Action work)
    {
        work();
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < Repeats; i++)
        {
            work();
        }
        return Since(start) / Repeats;
    }

    public static void Run(BenchmarkContext context, BenchmarkDirectory directory, Latencies locationOnly)
    {
        var report = context.Report;
        using var lease = directory.Services.GetRequiredService<SearchIndex>().Acquire();
        var searcher = lease.Searcher;
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        var p50 = locationOnly.Percentile(50);
        string Share(double ms) => double.IsNaN(p50) ? "" : $"; {ms / p50:P0} of the location-only p50";

        var areas = new BooleanQuery
        {
            { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.Radius))), Occur.SHOULD },
            { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.Region))), Occur.SHOULD },
        };
        // Shaped like ListingSearch's query (a required clause, so Lucene scores in document order).
        var everywhere = new BooleanQuery
        {
            { new MatchAllDocsQuery(), Occur.MUST },
            {
                new BooleanQuery
                {
                    { areas, Occur.SHOULD },
                    { new TermQuery(new Term(ListingDocument.Area, nameof(AreaKind.National))), Occur.SHOULD },
                    { new TermQuery(new Term(ListingDocument.Tag, "online")), Occur.SHOULD },
                    { new TermQuery(new Term(ListingDocument.Tag, "phone")), Occur.SHOULD },
                },
                Occur.MUST
            },
        };
        var reader = new DocValuesReader();
        var collectMs = Time(() => searcher.Search(everywhere, reader));
        report.Figure("query breakdown", "candidates every location query collects", $"{reader.Docs / (Repeats + 1):N0} of {searcher.IndexReader.NumDocs:N0} documents",
            "area, national, online and phone listings match wherever the place is; each is collected, filtered, counted and sorted");
        report.Figure("query breakdown", "  matching them and reading reach, place and tags", Ms(collectMs),
            $"the same candidates matched by a Lucene query and read from doc values (as before the per-segment arrays; ListingSearch now walks its arrays instead){Share(collectMs)}");

        var page = searcher.Search(new MatchAllDocsQuery(), 20).ScoreDocs;
        var json = new Lucene.Net.Util.BytesRef();
        var cardsMs = Time(() =>
        {
            foreach (var hit in page)
            {
                var leaf = searcher.IndexReader.Leaves[ReaderUtil.SubIndex(hit.Doc, searcher.IndexReader.Leaves)];
                leaf.AtomicReader.GetBinaryDocValues(ListingDocument.Card).Get(hit.Doc - leaf.DocBase, json);
                ListingCard.FromUtf8Json(json.Bytes.AsSpan(json.Offset, json.Length));
            }
        });
        report.Figure("query breakdown", "one page of cards", Ms(cardsMs), $"20 cards read from binary doc values and their JSON parsed{Share(cardsMs)}");
    }

    /// <summary>Reads the doc values ListingSearch's collector needs most (reach, place, tags) and nothing else.</summary>
    private sealed class DocValuesReader : ICollector
    {
        private NumericDocValues? reach, lat, lon;
        private SortedSetDocValues? tags;

        public int Docs { get; private set; }

        public long Checksum { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            reach = context.AtomicReader.GetNumericDocValues(ListingDocument.ReachValue);
            lat = context.AtomicReader.GetNumericDocValues(ListingDocument.LatitudeValue);
            lon = context.AtomicReader.GetNumericDocValues(ListingDocument.LongitudeValue);
            tags = context.AtomicReader.GetSortedSetDocValues(ListingDocument.TagValues);
        }

        public void Collect(int doc)
        {
            Docs++;
            var sum = (reach?.Get(doc) ?? 0) + (lat?.Get(doc) ?? 0) + (lon?.Get(doc) ?? 0);
            if (tags is not null)
            {
                tags.SetDocument(doc);
                long ord;
                while ((ord = tags.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    sum += ord;
                }
            }
            Checksum += sum;
        }
    }
}
