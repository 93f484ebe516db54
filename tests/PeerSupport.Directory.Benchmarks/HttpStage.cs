using System.Diagnostics;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Throughput of the results page: the real site in a child process, driven by a loop of
/// concurrent HttpClient requests over the query mix (and by wrk when it is installed).
/// Client and site share this machine's cores, so the figures are a floor.
/// </summary>
internal static class HttpStage
{
    private const string BaselinePath = "/privacy";

    private sealed record LoadResult(double Seconds, Latencies Times, Dictionary<string, Latencies> ByCategory, Dictionary<string, int> Statuses, long Bytes)
    {
        public int Requests => Times.Count;
        public int Failures => Statuses.Where(s => s.Key != "200").Sum(s => s.Value);
        public double PerSecond => Requests / Seconds;
    }

    public static async Task RunAsync(BenchmarkContext context)
    {
        var (options, report) = (context.Options, context.Report);
        var paths = context.Queries.Select(q => (q.Category, Path: "/find?" + q.Query.ToQueryString())).ToList();
        // Start as after a schema change: with no index, the site rebuilds it before it answers.
        System.IO.Directory.Delete(Path.Combine(context.DataFolder, "index"), recursive: true);
        var (site, startupMs) = await SiteProcess.StartAsync(options.WebDll ?? SiteProcess.DefaultWebDll(), context.DataFolder);
        using var _ = site;
        var startup = MemorySnapshot.Of(site.Process);
        report.Figure("site", "start-up until /find answers", $"{startupMs / 1000:0.0} s", "migrate, taxonomy, rebuild the index (as after a schema change)");
        report.Figure("site", "peak working set during start-up", MemorySnapshot.Mb(startup.PeakWorkingSet), "ListingIndexer.RebuildAsync reads listings 500 at a time");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.HttpConcurrency, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(30) };
        await LoadAsync(client, paths, options.HttpConcurrency, TimeSpan.FromSeconds(5));
        var peakReset = TryResetPeak(site.Process);

        var (siteCpu, clientCpu) = (CpuTime(site.Process), CpuTime(Process.GetCurrentProcess()));
        var load = await LoadAsync(client, paths, options.HttpConcurrency, TimeSpan.FromSeconds(options.HttpSeconds));
        (siteCpu, clientCpu) = (CpuTime(site.Process) - siteCpu, CpuTime(Process.GetCurrentProcess()) - clientCpu);
        var memory = MemorySnapshot.Of(site.Process);
        report.Figure("results page (HttpClient)", $"{options.HttpConcurrency} concurrent, {options.HttpSeconds} s",
            $"{load.PerSecond:N0} req/s; p50 {Ms(load.Times.Percentile(50))}, p95 {Ms(load.Times.Percentile(95))}, p99 {Ms(load.Times.Percentile(99))}",
            $"{load.Requests:N0} requests, {load.Failures} not 200 ({string.Join(", ", load.Statuses.Select(s => $"{s.Key}: {s.Value}"))}); {load.Bytes / Math.Max(1, load.Requests) / 1024} KB a page");
        foreach (var (category, times) in load.ByCategory)
        {
            report.Figure("results page (HttpClient)", $"  {category}", $"p50 {Ms(times.Percentile(50))}, p99 {Ms(times.Percentile(99))}", $"{times.Count:N0} requests");
        }
        // CPU time per request depends far less on other work on the machine than req/s does.
        var siteCpuMs = siteCpu.TotalMilliseconds / Math.Max(1, load.Requests);
        report.Figure("results page (HttpClient)", "  site CPU per request", $"{siteCpuMs:0.00} ms",
            $"{siteCpu.TotalSeconds:0.0} s of CPU for {load.Requests:N0} requests: the site alone on {Environment.ProcessorCount} cores would serve at most about {Environment.ProcessorCount * 1000 / Math.Max(0.001, siteCpuMs):N0} req/s");
        report.Figure("results page (HttpClient)", "  client CPU per request", $"{clientCpu.TotalMilliseconds / Math.Max(1, load.Requests):0.00} ms",
            "the load client's share of the same cores (HttpClient, reading each page)");
        report.Figure("site", "working set / peak", $"{MemorySnapshot.Mb(memory.WorkingSet)} / {MemorySnapshot.Mb(memory.PeakWorkingSet)}",
            peakReset ? "peak measured over the timed load run" : "peak since the site started (includes start-up)");

        var baseline = await LoadAsync(client, [("baseline", BaselinePath)], options.HttpConcurrency, TimeSpan.FromSeconds(Math.Min(5, options.HttpSeconds)));
        report.Figure("results page (HttpClient)", $"baseline {BaselinePath} (no search)",
            $"{baseline.PerSecond:N0} req/s; p50 {Ms(baseline.Times.Percentile(50))}, p99 {Ms(baseline.Times.Percentile(99))}",
            "the same layout, no search and no database: the framework's and the client's share");

        await FeedLagStage.RunAsync(context, client);
        await OpenDataStage.RunAsync(context, client, site.Process);

        var wrk = options.Wrk ? await Wrk.RunAsync(site.Address, paths.Select(p => p.Path).ToList(), options.HttpConcurrency, options.HttpSeconds) : null;
        if (wrk is not null)
        {
            report.Figure("results page (wrk)", $"{options.HttpConcurrency} connections, 2 threads, {options.HttpSeconds} s",
                $"{wrk.PerSecond:N0} req/s; p50 {Ms(wrk.P50)}, p99 {Ms(wrk.P99)}", wrk.Errors);
        }
        else
        {
            report.Note(options.Wrk ? "wrk is not installed; the HttpClient loop's figures stand alone" : "wrk skipped (--no-wrk)");
        }

        // Judge by wrk when present: it costs the shared CPU far less than the .NET client.
        var (perSecond, p99, by) = wrk is not null ? (wrk.PerSecond, wrk.P99, "wrk") : (load.PerSecond, load.Times.Percentile(99), "HttpClient");
        if (context.IsLarge)
        {
            report.Target("results page ≥ 500 req/s at 100k", $"{perSecond:N0} req/s ({by})", perSecond >= 500);
            report.Target("results page p99 ≤ 100 ms at 100k", $"{Ms(p99)} ({by})", p99 <= 100);
            report.Target("site working set ≤ 500 MB at 100k, serving", MemorySnapshot.Mb(memory.PeakWorkingSet) + " peak under load", memory.PeakWorkingSet <= 500L * 1024 * 1024);
            report.Target("site working set ≤ 500 MB at 100k, starting with a rebuild", MemorySnapshot.Mb(startup.PeakWorkingSet) + " peak", startup.PeakWorkingSet <= 500L * 1024 * 1024);
        }
        else
        {
            report.Target("results page ≥ 1,000 req/s at 10k", $"{perSecond:N0} req/s ({by})", perSecond >= 1_000);
        }
    }

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Starts a new peak for the child (allowed for a descendant on Linux); false where not.</summary>
    private static bool TryResetPeak(Process process)
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<LoadResult> LoadAsync(HttpClient client, List<(string Category, string Path)> paths, int concurrency, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var next = -1;
        async Task<List<(string Category, double Ms, string Status, long Bytes)>> Worker()
        {
            var samples = new List<(string, double, string, long)>();
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var (category, path) = paths[(int)((uint)Interlocked.Increment(ref next) % (uint)paths.Count)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    samples.Add((category, Since(start), ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), body.Length));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    samples.Add((category, Since(start), e.GetType().Name, 0));
                }
            }
            return samples;
        }
        var all = (await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)))).SelectMany(s => s).ToList();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var times = new Latencies();
        var byCategory = new Dictionary<string, Latencies>();
        foreach (var (category, ms, _, _) in all)
        {
            times.Add(ms);
            (byCategory.TryGetValue(category, out var list) ? list : byCategory[category] = new Latencies()).Add(ms);
        }
        var statuses = all.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
        return new LoadResult(seconds, times, byCategory, statuses, all.Sum(s => s.Bytes));
    }
}
