using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// <c>soak</c> (issue 15): two real site processes over one SQLite file, each with its own index,
/// under a steady mixed load for <c>--minutes</c>: searches and group pages spread over both nodes,
/// shares (the counted redirect), and renames committed by a third process (as an editor on any
/// node writes to the one database), each timed until BOTH nodes' results pages show it. Every
/// 10 s it samples each node's working set. Reports errors, requests, the feed lag and whether
/// memory stayed flat (the last minute's mean against the second minute's, after warm-up).
/// </summary>
internal static class SoakCommand
{
    /// <summary>Memory counts as flat when the last minute's mean working set is within this of the second minute's.</summary>
    private const double FlatMemory = 0.15;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var folder = RunFolder.For(options, "soak");
        var report = new Report();
        var context = BenchmarkContext.Create(options, report, folder.Path);
        report.Context($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} logical cores; 1-min load average {LoadAverage.Now()} at the start");
        Console.WriteLine("import");
        if (folder.Reuse)
        {
            await ImportStage.CountAsync(context);
        }
        else
        {
            await ImportStage.RunAsync(context);
        }
        var secondFolder = folder.Path + "-node-b";
        System.IO.Directory.CreateDirectory(secondFolder);
        var webDll = options.WebDll ?? SiteProcess.DefaultWebDll();
        string[] shared = [$"--Database:ConnectionString=Data Source={Path.Combine(folder.Path, "directory.db")}"];
        Console.WriteLine("starting two nodes");
        var (a, _) = await SiteProcess.StartAsync(webDll, folder.Path, shared);
        var (b, _) = await SiteProcess.StartAsync(webDll, secondFolder, shared);
        using var nodeA = a;
        using var nodeB = b;
        SiteProcess[] nodes = [nodeA, nodeB];

        await using var tool = BenchmarkDirectory.Open(folder.Path, withSearch: false);
        List<(int Id, string Slug, string Code)> listings;
        await using (var scope = tool.Services.CreateAsyncScope())
        {
            listings = (await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Listings
                .Where(l => l.Status == ListingStatus.Published).OrderBy(l => l.Id).Select(l => new { l.Id, l.Slug, l.ShortCode }).ToListAsync())
                .Select(l => (l.Id, l.Slug, l.ShortCode)).ToList();
        }
        var searches = context.Queries.Select(q => "/find?" + q.Query.ToQueryString()).ToList();

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 16, UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var length = TimeSpan.FromMinutes(options.Minutes);
        using var stop = new CancellationTokenSource(length);
        var started = Stopwatch.GetTimestamp();
        var samples = new List<(double Seconds, long A, long B)>();
        var visitors = Enumerable.Range(0, 4).Select(v => VisitAsync(v)).ToList();
        var lags = EditAsync();
        var sampler = SampleAsync();
        Console.WriteLine($"soaking for {options.Minutes} min");
        var results = await Task.WhenAll(visitors);
        var lag = await lags;
        await sampler;

        var requests = results.Sum(r => r.Requests);
        var errors = results.SelectMany(r => r.Errors).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var seconds = Since(started) / 1000;
        report.Context($"{context.ListingCount:N0} listings; two nodes over one SQLite file; {options.Minutes} min; 4 visitors (60% searches, 30% group pages, 10% shares) spread over both nodes, one rename every 2 s by a third process");
        report.Figure("soak", "requests", $"{requests:N0} ({requests / seconds:N0} req/s)", $"{results.Sum(r => r.PerNode[0]):N0} on node A, {results.Sum(r => r.PerNode[1]):N0} on node B");
        report.Figure("soak", "errors", errors.Count == 0 ? "0" : string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")), "a status other than 200 (302 for a share), or no answer within 30 s");
        report.Figure("soak", "feed lag (both nodes show the rename)", $"p50 {Ms(lag.Percentile(50))}, p99 {Ms(lag.Percentile(99))}, max {Ms(lag.Max)}", $"{lag.Count} renames");
        var (early, late) = (Window(samples, 60, 120), Window(samples, seconds - 60, seconds));
        for (var n = 0; n < 2; n++)
        {
            report.Figure("soak", $"node {(char)('A' + n)} working set, minute 2 → last minute", $"{MemorySnapshot.Mb(early[n])} → {MemorySnapshot.Mb(late[n])}",
                $"sampled every 10 s, {samples.Count} samples; peak {MemorySnapshot.Mb(samples.Max(s => n == 0 ? s.A : s.B))}");
        }
        report.Check("no error during the soak", errors.Count == 0, $"{errors.Values.Sum()} of {requests:N0} requests");
        report.Check("memory flat on both nodes", Enumerable.Range(0, 2).All(n => late[n] <= early[n] * (1 + FlatMemory)),
            $"last minute within {FlatMemory:P0} of minute 2");
        report.Check("feed lag bounded", lag.Count > 0 && lag.Max <= 5_000, $"max {Ms(lag.Max)} (bound 5 s; target p99 2 s)");
        report.Context($"1-min load average at the end {LoadAverage.Now()}");

        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Output is { } output)
        {
            await File.WriteAllTextAsync(output, markdown);
        }
        if (!options.Keep)
        {
            nodeA.Dispose();
            nodeB.Dispose();
            await tool.DisposeAsync();
            System.IO.Directory.Delete(folder.Path, recursive: true);
            System.IO.Directory.Delete(secondFolder, recursive: true);
        }
        return report.AllChecksPassed ? 0 : 1;

        async Task<(int Requests, int[] PerNode, List<string> Errors)> VisitAsync(int visitor)
        {
            var random = new Random(options.Seed + 100 + visitor);
            var (count, perNode, errors) = (0, new int[2], new List<string>());
            while (!stop.IsCancellationRequested)
            {
                var node = random.Next(2);
                var roll = random.Next(10);
                var listing = listings[random.Next(listings.Count)];
                var (path, expected) = roll < 6 ? (searches[random.Next(searches.Count)], 200)
                    : roll < 9 ? ($"/groups/{listing.Id}/{listing.Slug}", 200)
                    : ($"/g/{listing.Code}/share/email", 302);
                try
                {
                    using var response = await client.GetAsync(new Uri(nodes[node].Address, path), stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    if ((int)response.StatusCode != expected)
                    {
                        errors.Add($"{(int)response.StatusCode} on {Kind(path)}");
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Add($"{e.GetType().Name} on {Kind(path)}");
                }
                count++;
                perNode[node]++;
            }
            return (count, perNode, errors);
        }

        async Task<Latencies> EditAsync()
        {
            var random = new Random(options.Seed + 7);
            var times = new Latencies();
            // Unique to this run: with --reuse-data an earlier run's names are still in the database.
            var run = Guid.NewGuid().ToString("N")[..6];
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = listings[random.Next(listings.Count)].Id;
                var token = $"Soak{i}x{random.Next(100_000, 999_999)}{run}";
                await using (var scope = tool.Services.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
                    var listing = await db.Listings.SingleAsync(l => l.Id == id);
                    listing.Name = $"{listing.Name[..Math.Min(listing.Name.Length, 120)]} {token}";
                    await db.SaveChangesAsync();
                }
                var start = Stopwatch.GetTimestamp();
                foreach (var node in nodes)
                {
                    while (!(await client.GetStringAsync(new Uri(node.Address, $"/find?q={token}"))).Contains(token + "</a>", StringComparison.Ordinal) && Since(start) < 30_000)
                    {
                        await Task.Delay(20);
                    }
                }
                times.Add(Since(start));
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, 2_000 - Since(start))));
            }
            return times;
        }

        async Task SampleAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                lock (samples)
                {
                    samples.Add((Since(started) / 1000, MemorySnapshot.Of(nodeA.Process).WorkingSet, MemorySnapshot.Of(nodeB.Process).WorkingSet));
                }
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The kind of page a path is (results, group page, share), for counting errors by kind.</summary>
    private static string Kind(string path) => path.StartsWith("/find", StringComparison.Ordinal) ? "/find"
        : path.StartsWith("/groups/", StringComparison.Ordinal) ? "/groups/{id}/{slug}"
        : "/g/{code}/share/email";

    private static long[] Window(List<(double Seconds, long A, long B)> samples, double from, double to)
    {
        var inside = samples.Where(s => s.Seconds >= from && s.Seconds <= to).ToList();
        if (inside.Count == 0)
        {
            inside = samples;
        }
        return [(long)inside.Average(s => s.A), (long)inside.Average(s => s.B)];
    }
}
