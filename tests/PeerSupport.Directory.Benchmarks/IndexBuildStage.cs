using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Times <see cref="ListingIndexer.RebuildAsync"/> on the imported database, then takes it apart
/// with a Stopwatch: the database load (the indexer's own query shape), mapping to documents,
/// Lucene writing and committing, and the reconcile the rebuild ends with.
/// </summary>
internal static class IndexBuildStage
{
    public static async Task RunAsync(BenchmarkContext context, BenchmarkDirectory directory)
    {
        var report = context.Report;
        MemorySnapshot.ResetPeak();
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var indexed = await directory.Indexer.RebuildAsync();
        var rebuildMs = Since(start);
        var memory = MemorySnapshot.Current();
        report.Figure("index build", "ListingIndexer.RebuildAsync", $"{rebuildMs / 1000:0.0} s", $"{indexed:N0} published listings");
        report.Figure("index build", "peak working set", MemorySnapshot.Mb(memory.PeakWorkingSet), "the rebuild reads listings 500 at a time");
        context.Report.Target($"full index build ≤ 30 s{(context.IsLarge ? "" : " (stated for 100k)")}", $"{rebuildMs / 1000:0.0} s",
            context.IsLarge ? rebuildMs <= 30_000 : null);

        // The same work, step by step.
        List<Listing> listings;
        await using (var scope = directory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            start = System.Diagnostics.Stopwatch.GetTimestamp();
            listings = await db.Listings.AsNoTracking()
                .Include(l => l.Tags).ThenInclude(t => t.Dimension)
                .Include(l => l.Schedules)
                .AsSplitQuery()
                .Where(l => l.Status == ListingStatus.Published).OrderBy(l => l.Id)
                .ToListAsync();
        }
        var loadMs = Since(start);
        start = System.Diagnostics.Stopwatch.GetTimestamp();
        var mapped = listings.Select(ListingDocument.From).Count();
        var mapMs = Since(start);
        var index = directory.Services.GetRequiredService<SearchIndex>();
        start = System.Diagnostics.Stopwatch.GetTimestamp();
        index.Rebuild(listings.Select(ListingDocument.From));
        var writeMs = Since(start) - mapMs;
        listings = [];
        start = System.Diagnostics.Stopwatch.GetTimestamp();
        await directory.Indexer.ReconcileAsync();
        var reconcileMs = Since(start);
        report.Figure("index build", "  load listings from SQLite", Ms(loadMs), "Include tags, dimensions, schedules; split query");
        report.Figure("index build", "  map to Lucene documents", Ms(mapMs), $"{mapped:N0} ListingDocument.From calls (card JSON included)");
        report.Figure("index build", "  Lucene add, commit, refresh, swap", Ms(writeMs), "SearchIndex.Rebuild minus mapping");
        report.Figure("index build", "  reconcile after the rebuild", Ms(reconcileMs), "reads every stored id and version back");

        var generation = File.ReadAllText(Path.Combine(context.DataFolder, "index", "current")).Trim();
        var size = System.IO.Directory.EnumerateFiles(Path.Combine(context.DataFolder, "index", generation)).Sum(f => new FileInfo(f).Length);
        report.Figure("index build", "index size on disk", MemorySnapshot.Mb(size));
    }
}
