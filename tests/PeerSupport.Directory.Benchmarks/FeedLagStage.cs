using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// How long an edit committed by another process (another node, or a tool) takes to reach the
/// running site's results page: the change feed's lag, as several nodes over one database see
/// each other's edits. Renames a listing from this process (no index of its own here) and asks
/// the site's /find for the new name until it is shown.
/// </summary>
internal static class FeedLagStage
{
    public static async Task RunAsync(BenchmarkContext context, HttpClient site)
    {
        var (options, report) = (context.Options, context.Report);
        if (options.Edits == 0)
        {
            return;
        }
        await using var tool = BenchmarkDirectory.Open(context.DataFolder, withSearch: false);
        List<int> ids;
        await using (var scope = tool.Services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Listings
                .Where(l => l.Status == ListingStatus.Published).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        }
        var random = new Random(options.Seed + 3);
        var lag = new Latencies();
        // Unique to this run: with --reuse-data an earlier run's names are still in the database.
        var run = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < options.Edits; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var token = $"Feedlag{i}x{random.Next(100_000, 999_999)}{run}";
            // A random moment within the poll's second: an edit made just after the site found the
            // last one would otherwise always wait a whole poll, and the figure would say 1 s.
            await Task.Delay(random.Next(0, 1000));
            await using (var scope = tool.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
                var listing = await db.Listings.SingleAsync(l => l.Id == id);
                listing.Name = $"{listing.Name[..Math.Min(listing.Name.Length, 120)]} {token}";
                await db.SaveChangesAsync();
            }
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            while (!(await site.GetStringAsync($"/find?q={token}")).Contains(token + "</a>", StringComparison.Ordinal))
            {
                if (Since(start) > 30_000)
                {
                    report.Note($"feed lag: edit {i} (listing {id}) was not on the site's results page after 30 s");
                    break;
                }
                await Task.Delay(20);
            }
            lag.Add(Since(start));
        }
        report.Figure("feed lag", "an edit by another process until the site shows it", $"p50 {Ms(lag.Percentile(50))}, p99 {Ms(lag.Percentile(99))}, max {Ms(lag.Max)}",
            $"{lag.Count} renames committed outside the site; it polls the change feed every second");
        report.Target("another node's edit searchable within 2 s", $"p99 {Ms(lag.Percentile(99))}", lag.Percentile(99) <= 2_000);
    }
}
