using PeerSupport.Directory.Search;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// In-process latency of <see cref="ListingSearch.Search"/> over the query mix, one query at a
/// time on one thread: an untimed warm-up, then the timed queries, each a different query.
/// </summary>
internal static class QueryLatencyStage
{
    public static async Task<Dictionary<string, Latencies>> RunAsync(BenchmarkContext context, ListingSearch search)
    {
        var (options, report) = (context.Options, context.Report);
        var requests = await ResolveAsync(context);
        if (requests.Count == 0)
        {
            report.Note("no query could be run (every place was ambiguous or unknown)");
            return [];
        }
        for (var i = 0; i < options.Warmup; i++)
        {
            search.Search(requests[(options.Queries + i) % requests.Count].Request);
        }

        MemorySnapshot.ResetPeak();
        var (all, empty, nonEmpty, cpu) = (new Latencies(), new Latencies(), new Latencies(), new Latencies());
        var byCategory = requests.Select(r => r.Category).Distinct().ToDictionary(c => c, _ => (Times: new Latencies(), Results: new List<int>()));
        for (var i = 0; i < options.Queries; i++)
        {
            var (category, request) = requests[i % requests.Count];
            var (start, startCpu) = (System.Diagnostics.Stopwatch.GetTimestamp(), ThreadCpu.Now());
            var results = search.Search(request);
            var ms = Since(start);
            cpu.Add(ThreadCpu.Now() - startCpu);
            all.Add(ms);
            byCategory[category].Times.Add(ms);
            byCategory[category].Results.Add(results.Total);
            (results.Total == 0 ? empty : nonEmpty).Add(ms);
        }
        var memory = MemorySnapshot.Current();

        foreach (var (category, (times, results)) in byCategory.Where(c => c.Value.Times.Count > 0))
        {
            report.Figure("in-process query", category,
                $"p50 {Ms(times.Percentile(50))}, p95 {Ms(times.Percentile(95))}, p99 {Ms(times.Percentile(99))}",
                $"{times.Count} queries; {results.Average():N0} results on average (max {results.Max():N0})");
        }
        report.Figure("in-process query", "all", $"p50 {Ms(all.Percentile(50))}, p95 {Ms(all.Percentile(95))}, p99 {Ms(all.Percentile(99))}",
            $"{all.Count} queries after {options.Warmup} warm-up; max {Ms(all.Max)}; {1000 / all.Mean:N0} queries/s on one thread");
        if (ThreadCpu.Available)
        {
            report.Figure("in-process query", "  CPU time per query", $"p50 {Ms(cpu.Percentile(50))}, p99 {Ms(cpu.Percentile(99))}, mean {Ms(cpu.Mean)}",
                "the searching thread's own CPU time: much less affected than elapsed time by other work on the machine");
        }
        report.Figure("in-process query", "working set / peak / GC heap",
            $"{MemorySnapshot.Mb(memory.WorkingSet)} / {MemorySnapshot.Mb(memory.PeakWorkingSet)} / {MemorySnapshot.Mb(memory.GcHeap)}",
            "benchmark process while querying (database, index and searcher open)");
        if (empty.Count > 0)
        {
            report.Figure("in-process query", "queries with no results", $"p50 {Ms(empty.Percentile(50))} (others {Ms(nonEmpty.Percentile(50))})",
                $"{empty.Count} of {all.Count}; with none, ListingSearch.Relax runs the search again for each way to widen it");
        }
        var scale = context.IsLarge ? "" : " (stated for 100k)";
        report.Target($"in-process query p50 ≤ 5 ms{scale}", Ms(all.Percentile(50)), context.IsLarge ? all.Percentile(50) <= 5 : null);
        report.Target($"in-process query p99 ≤ 10 ms{scale}", Ms(all.Percentile(99)), context.IsLarge ? all.Percentile(99) <= 10 : null);
        return byCategory.ToDictionary(c => c.Key, c => c.Value.Times);
    }

    public static async Task<List<(string Category, SearchRequest Request)>> ResolveAsync(BenchmarkContext context)
    {
        var resolved = new List<(string, SearchRequest)>();
        var problems = 0;
        foreach (var (category, query) in context.Queries)
        {
            var (request, problem) = await query.ToRequestAsync(context.Places, context.Reader, context.KnownWord);
            if (request is null)
            {
                if (problems++ < 3)
                {
                    context.Report.Note($"query '{query.ToQueryString()}' not searched: {problem}");
                }
                continue;
            }
            resolved.Add((category, request));
        }
        if (problems > 0)
        {
            context.Report.Note($"{problems} of {context.Queries.Count} queries left out: the Find page would ask for a clearer place instead of searching");
        }
        return resolved;
    }
}
