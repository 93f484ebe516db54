using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Imports the listings through the product's <see cref="ListingImporter"/> into the fresh
/// database, in batches (one import call holds every record, its change history and the
/// tracked entities in memory until its single transaction commits).
/// </summary>
internal static class ImportStage
{
    public static async Task RunAsync(BenchmarkContext context)
    {
        var (options, report) = (context.Options, context.Report);
        await using var directory = BenchmarkDirectory.Open(context.DataFolder, withSearch: false);
        await directory.PrepareAsync();

        var records = options.ListingsFile is { } file
            ? (JsonSerializer.Deserialize<ListingFile>(File.ReadAllText(file), ListingFile.Json)?.Listings ?? []).AsEnumerable()
            : new SyntheticListings(context.Seed, options.Seed).Generate(options.Listings);
        var batchSize = options.ImportBatch == 0 ? int.MaxValue : options.ImportBatch;

        MemorySnapshot.ResetPeak();
        var batchTimes = new List<double>();
        var (created, rejected) = (0, 0);
        foreach (var batch in records.Chunk(Math.Min(batchSize, 1_000_000)))
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(new ListingFile { Listings = [.. batch] }, ListingFile.Json);
            await using var scope = directory.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ListingImporter>();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = await importer.ImportAsync(new MemoryStream(json));
            batchTimes.Add(Latencies.Since(start));
            created += result.Created;
            rejected += result.Rejected.Count;
            foreach (var problem in result.Rejected.Take(3))
            {
                report.Note($"import rejected {problem}");
            }
            if (batchTimes.Count % 100 == 0)
            {
                Console.WriteLine($"  imported {created:N0}");
            }
        }
        var memory = MemorySnapshot.Current();
        context.ListingCount = created;

        var seconds = batchTimes.Sum() / 1000;
        report.Figure("import", "listings imported", $"{created:N0}", rejected > 0 ? $"{rejected} rejected" : "none rejected");
        report.Figure("import", "time (ListingImporter only)", $"{seconds:0.0} s",
            $"{created / Math.Max(seconds, 0.001):N0} listings/s; {batchTimes.Count} call(s) of {(options.ImportBatch == 0 ? "everything" : $"{options.ImportBatch:N0}")}");
        if (batchTimes.Count > 1)
        {
            report.Figure("import", "first / last batch", $"{Latencies.Ms(batchTimes[0])} / {Latencies.Ms(batchTimes[^1])}",
                "a slower last batch means per-batch work grows with the database");
        }
        report.Figure("import", "peak working set", MemorySnapshot.Mb(memory.PeakWorkingSet), "includes generating and serialising each batch");
        report.Figure("import", "database file (with WAL)", MemorySnapshot.Mb(System.IO.Directory.EnumerateFiles(context.DataFolder, "directory.db*").Sum(f => new FileInfo(f).Length)));
    }

    /// <summary>
    /// With --reuse-data: the listings a kept folder already holds, instead of importing. The
    /// folder may come from an older build, so it is migrated first, as the site's start does.
    /// </summary>
    public static async Task CountAsync(BenchmarkContext context)
    {
        await using var directory = BenchmarkDirectory.Open(context.DataFolder, withSearch: false);
        await directory.PrepareAsync();
        await using var scope = directory.Services.CreateAsyncScope();
        context.ListingCount = await scope.ServiceProvider.GetRequiredService<PeerSupport.Directory.Data.DirectoryDbContext>().Listings.CountAsync();
        context.Report.Figure("import", "listings already in the data folder", $"{context.ListingCount:N0}", "--reuse-data: not imported again");
    }
}
