using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Search;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The stress run itself (issue 16; docs/performance.md): the site's own <see cref="SearchIndex"/>
/// on its memory-mapped directory, searched by many threads while edits stream in for the whole
/// run, and rebuilt and swapped on a timer in its second half. Progress goes to the log every
/// 10 s; the summary is a report to paste into the docs. <see cref="StressCommand"/> runs this in
/// a child process so that a crash is recorded too.
/// </summary>
internal static class StressRun
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var folder = RunFolder.For(options, "stress");
        using var log = new StressLog(options.LogFile ?? StressCommand.DefaultLog());
        var report = new Report("PeerSupport.Directory stress run", "Outcome");
        var context = BenchmarkContext.Create(options, report, folder.Path);
        Context(report, log, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; {Environment.ProcessorCount} logical cores; process {Environment.ProcessId}");
        Context(report, log, $"data folder {folder.Path}; log {log.Path}");
        if (folder.Reuse)
        {
            await ImportStage.CountAsync(context);
        }
        else
        {
            log.Line($"importing {options.Listings:N0} synthetic listings (seed {options.Seed})");
            await ImportStage.RunAsync(context);
        }

        await using (var directory = BenchmarkDirectory.Open(folder.Path, withSearch: true, new StressLogProvider(log)))
        {
            var start = Stopwatch.GetTimestamp();
            var how = await directory.StartIndexAsTheSiteDoesAsync();
            log.Line($"index {how} in {Since(start) / 1000:0.0} s");
            await context.ReadWordsAsThePageDoesAsync(directory);
            var requests = (await QueryLatencyStage.ResolveAsync(context)).Select(r => r.Request).ToList();
            await RunLoadAsync(options, context, directory, requests, log);
        }

        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        log.Block(markdown);
        if (options.Output is { } output)
        {
            await File.WriteAllTextAsync(output, markdown);
        }
        if (folder.Chosen && !options.Keep)
        {
            System.IO.Directory.Delete(folder.Path, recursive: true);
        }
        return report.AllChecksPassed ? 0 : 1;
    }

    private static async Task RunLoadAsync(BenchmarkOptions options, BenchmarkContext context, BenchmarkDirectory directory, List<SearchRequest> requests, StressLog log)
    {
        var report = context.Report;
        var rebuildEvery = TimeSpan.FromSeconds(options.RebuildEverySeconds ?? Math.Max(10, options.Minutes * 60 / 8));
        var phase = new StressPhase(TimeSpan.FromMinutes(options.Minutes), rebuilds: rebuildEvery > TimeSpan.Zero);
        var searchers = new StressSearchers(directory.Search, requests, options.SearchThreads, phase, log);
        var editor = new StressEditor(directory, log, options.EditsPerSecond, options.Seed + 16);
        var rebuilder = new StressRebuilder(directory, log, rebuildEvery);
        var commits = new CommitWatch(context.DataFolder);
        Context(report, log, $"{context.ListingCount:N0} listings; {requests.Count:N0} queries of the mix; {options.SearchThreads} searching threads; "
            + $"edits {(options.EditsPerSecond > 0 ? $"{options.EditsPerSecond}/s" : "as fast as they go")}; {options.Minutes} min, "
            + (rebuildEvery > TimeSpan.Zero ? $"rebuilds every {rebuildEvery.TotalSeconds:0} s in the second half" : "no rebuilds"));

        MemorySnapshot.ResetPeak();
        searchers.Start();
        var editing = Task.Run(() => editor.RunAsync(phase));
        var rebuilding = Task.Run(() => rebuilder.RunAsync(phase));
        var (lastSearches, stalls) = (0L, 0);
        while (!phase.Over)
        {
            await Task.Delay(Min(ProgressEvery, phase.Length - phase.Elapsed));
            var count = searchers.Count;
            stalls += count == lastSearches ? 1 : 0;
            var memory = MemorySnapshot.Current();
            log.Line($"{phase.Name} | searches {count:N0} (+{count - lastSearches:N0}) | edits {editor.Count:N0} | reopens {editor.Reopens:N0} | "
                + $"segments {editor.Segments} (retired {editor.Retired:N0}) | commits {commits.Observe()} ({commits.Newest}) | rebuilds {rebuilder.Count}{(phase.Rebuilding ? " (one running)" : "")} | "
                + $"exceptions {log.FailureCount} | {editor.DirectoryKind} | working set {MemorySnapshot.Mb(memory.WorkingSet)} | "
                + $"pool {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount} queued | load {LoadAverage.Now()}");
            lastSearches = count;
            if (options.CrashAfterSeconds is { } crashAfter && phase.Elapsed.TotalSeconds >= crashAfter)
            {
                log.Line("--crash-after: reading a view after unmapping it");
                UnmappedRead.Crash(context.DataFolder);
            }
        }
        await editing;
        await rebuilding;
        searchers.Stop();
        var peak = MemorySnapshot.Current();
        log.Line("stopped");

        var minutes = phase.Elapsed.TotalMinutes;
        report.Figure("stress", "directory", editor.DirectoryKind ?? "?", "the searcher's DirectoryReader.Directory: the site's own SearchIndex setup");
        var rebuilt = rebuildEvery > TimeSpan.Zero;
        report.Figure("stress", "ran for", $"{minutes:0.0} min", rebuilt ? "half edits only, half edits and rebuilds; a rebuild under way at the end is waited for" : "edits only (--rebuild-every 0)");
        report.Figure("searches", "searches", $"{searchers.Count:N0}", $"{searchers.Count / phase.Elapsed.TotalSeconds:N0}/s on {options.SearchThreads} threads");
        Latency(report, "first half (edits)", searchers.At(StressMoment.Edits));
        Latency(report, rebuilt ? "second half (edits + rebuilds)" : "second half (edits)", searchers.At(StressMoment.EditsBetweenRebuilds, StressMoment.Rebuilding));
        if (rebuilt)
        {
            Latency(report, "  while a rebuild ran", searchers.At(StressMoment.Rebuilding));
        }
        report.Figure("edits", "saved", $"{editor.Count:N0}", $"{editor.Describe()}; {editor.Count / phase.Elapsed.TotalSeconds:0.0}/s");
        report.Figure("edits", "SaveChangesAsync (history, commit, index update, refresh)", $"p50 {Ms(editor.Saves.Percentile(50))}, p99 {Ms(editor.Saves.Percentile(99))}, max {Ms(editor.Saves.Max)}");
        report.Figure("index", "searcher reopens", $"{editor.Reopens:N0}", "new reader versions seen after the edits");
        report.Figure("index", "segments", $"{editor.FewestSegments}–{editor.MostSegments}", $"{editor.Retired:N0} segments merged away or emptied");
        report.Figure("index", "commits", $"{commits.Count:N0}", "segments_N seen advancing (the one-second timer, and each rebuild's own)");
        report.Figure("index", "rebuilds and swaps", $"{rebuilder.Count}", rebuilder.Count > 0 ? $"each {Ms(rebuilder.Durations.Percentile(50))} p50, {Ms(rebuilder.Durations.Max)} max" : "");
        report.Figure("memory", "working set / peak", $"{MemorySnapshot.Mb(peak.WorkingSet)} / {MemorySnapshot.Mb(peak.PeakWorkingSet)}", "the mapped index's pages count in it");
        foreach (var (place, what) in new[] { ("search", "searches"), ("edit", "edits"), ("rebuild", "rebuilds"), ("observe", "the editor's look at the searcher") })
        {
            report.Check($"no exception in {what}", log.FailuresAt(place) == 0, log.DescribeFailuresAt(place));
        }
        report.Check("no warning or error logged by the product", log.FailuresAt("log") == 0, log.DescribeFailuresAt("log"));
        report.Check("searches never stalled", stalls == 0, stalls == 0 ? "every 10 s had searches" : $"{stalls} 10-second intervals without a search finishing");
    }

    private static void Latency(Report report, string when, Latencies times) =>
        report.Figure("searches", when, $"p50 {Ms(times.Percentile(50))}, p99 {Ms(times.Percentile(99))}, max {Ms(times.Max)}", $"{times.Count:N0} searches");

    private static void Context(Report report, StressLog log, string line)
    {
        report.Context(line);
        log.Line(line);
    }

    /// <summary>The shorter of the two, never negative.</summary>
    internal static TimeSpan Min(TimeSpan wait, TimeSpan left) => TimeSpan.FromTicks(Math.Max(0, Math.Min(wait.Ticks, left.Ticks)));
}
