using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Benchmarks;
using PeerSupport.Directory.Geography;

// The benchmark tool of issue 3 (docs/performance.md): import, index build, in-process query
// latency, correctness against brute force, edit-to-searchable, then the real site under load.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var folder = options.DataFolder ?? Path.Combine(Path.GetTempPath(), "psd-benchmarks", $"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
var reuse = options.ReuseData && File.Exists(Path.Combine(folder, "directory.db"));
if (!reuse && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
{
    Console.Error.WriteLine($"{folder} is not empty; the benchmark needs a fresh data folder (or --reuse-data).");
    return 2;
}
Directory.CreateDirectory(folder);

var gazetteer = BenchmarkDirectory.LoadGazetteer();
var seed = SeedData.Load(gazetteer);
var report = new Report();
var context = new BenchmarkContext(options, report, seed, new LocationResolver(gazetteer, NoPostcodeLookup.Instance), folder)
{
    Queries = options.QueriesFile is { } queriesFile
        ? QueryMix.Read(queriesFile)
        : QueryMix.Generate(seed, options.Warmup + options.Queries, options.Seed),
};
#if DEBUG
const string build = "Debug (figures are not representative: use -c Release)";
#else
const string build = "Release";
#endif
report.Context($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; {build} build");
report.Context($"{Environment.ProcessorCount} logical cores; {MemorySnapshot.Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory");
report.Context(options.ListingsFile is { } listingsFile
    ? $"listings from {listingsFile}"
    : $"{options.Listings:N0} synthetic listings, seed {options.Seed}");
report.Context(options.QueriesFile is { } file
    ? $"{context.Queries.Count:N0} queries from {file}"
    : $"query mix: {string.Join(", ", QueryMix.Categories)} (a quarter each); {options.Warmup} warm-up + {options.Queries} timed");
report.Context($"data folder {folder}");
var loads = new List<string>();

if (reuse)
{
    await ImportStage.CountAsync(context);
}
else
{
    Stage("import");
    await ImportStage.RunAsync(context);
}
Stage("place resolution");
PlaceResolutionStage.Run(context);
await using (var directory = BenchmarkDirectory.Open(folder, withSearch: true))
{
    Stage("index build");
    await IndexBuildStage.RunAsync(context, directory);
    await using (var scope = directory.Services.CreateAsyncScope())
    {
        // Queries are read as the results page reads them (the words of a described need).
        context.Reader = await PeerSupport.Directory.Search.QueryReader.LoadAsync(scope.ServiceProvider.GetRequiredService<PeerSupport.Directory.Data.DirectoryDbContext>());
        context.KnownWord = directory.Search.KnowsWord;
    }
    Stage("in-process queries");
    var latencies = await QueryLatencyStage.RunAsync(context, directory.Search);
    QueryBreakdown.Run(context, directory, latencies.GetValueOrDefault(QueryMix.Location) ?? new Latencies());
    Stage("correctness");
    await CorrectnessStage.RunAsync(context, directory);
    Stage("edits");
    await EditStage.RunAsync(context, directory);
}
if (options.Http)
{
    Stage("results page over HTTP");
    try
    {
        await HttpStage.RunAsync(context);
    }
    catch (Exception e) when (e is InvalidOperationException or TimeoutException or FileNotFoundException or HttpRequestException)
    {
        // Keep what the other stages measured.
        report.Note($"the HTTP stage failed: {e.Message}");
    }
}

report.Context($"1-min load average at the start of each stage (other work on this machine shares its cores): {string.Join(", ", loads)}; at the end {LoadAverage()}");
var markdown = report.ToMarkdown();
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, markdown);
}
if (!options.Keep)
{
    Directory.Delete(folder, recursive: true);
}
return report.AllChecksPassed ? 0 : 1;

void Stage(string name)
{
    Console.WriteLine(name);
    loads.Add($"{name} {LoadAverage()}");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
