using System.Runtime.InteropServices;
using PeerSupport.Directory.Benchmarks;

// The benchmark tool of issue 3 (docs/performance.md): import, index build, in-process query
// latency, correctness against brute force, edit-to-searchable, then the real site under load.
// `stress` (issue 16) runs the index under concurrent searches, edits and rebuilds instead;
// `soak` (issue 15) runs two site processes over one database under a steady mixed load.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}
var stress = args is ["stress", ..];
if (args is ["soak", ..])
{
    try
    {
        return await SoakCommand.RunAsync(BenchmarkOptions.Parse(args[1..]));
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
}
BenchmarkOptions options;
RunFolder folder;
try
{
    options = BenchmarkOptions.Parse(stress ? args[1..] : args);
    if (stress)
    {
        return options.RestartCheck ? await RestartCheck.RunAsync(options)
            : options.InProcess ? await StressRun.RunAsync(options)
            : await StressCommand.RunAsync(options, args[1..]);
    }
    folder = RunFolder.For(options);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var report = new Report();
var context = BenchmarkContext.Create(options, report, folder.Path);
#if DEBUG
const string build = "Debug (figures are not representative: use -c Release)";
#else
const string build = "Release";
#endif
report.Context($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; {build} build");
report.Context($"{Environment.ProcessorCount} logical cores; {MemorySnapshot.Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory");
report.Context(options.ListingsFile is { } listingsFile
    ? $"listings from {listingsFile}"
    : folder.Reuse
        ? "listings kept in the data folder by an earlier run (--reuse-data; the import figure gives their number)"
        : $"{options.Listings:N0} synthetic listings, seed {options.Seed}");
report.Context(options.QueriesFile is { } file
    ? $"{context.Queries.Count:N0} queries from {file}"
    : $"query mix: {string.Join(", ", QueryMix.Categories)} (a quarter each); {options.Warmup} warm-up + {options.Queries} timed");
report.Context($"data folder {folder.Path}");
var loads = new List<string>();

if (folder.Reuse)
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
await using (var directory = BenchmarkDirectory.Open(folder.Path, withSearch: true))
{
    Stage("index build");
    await IndexBuildStage.RunAsync(context, directory);
    await context.ReadWordsAsThePageDoesAsync(directory);
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

report.Context($"1-min load average at the start of each stage (other work on this machine shares its cores): {string.Join(", ", loads)}; at the end {LoadAverage.Now()}");
var markdown = report.ToMarkdown();
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, markdown);
}
if (!options.Keep)
{
    Directory.Delete(folder.Path, recursive: true);
}
return report.AllChecksPassed ? 0 : 1;

void Stage(string name)
{
    Console.WriteLine(name);
    loads.Add($"{name} {LoadAverage.Now()}");
}
