using System.Diagnostics;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The second half of a stress run: <see cref="Search.ListingIndexer.RebuildAsync"/> on a timer, as
/// the <c>reindex</c> command or a schema change does it, while the searches and edits go on. Each
/// rebuild writes a new generation, swaps it in, disposes the old one (whose readers searches still
/// hold) and deletes its folder.
/// </summary>
internal sealed class StressRebuilder(BenchmarkDirectory directory, StressLog log, TimeSpan every)
{
    public Latencies Durations { get; } = new();

    public int Count { get; private set; }

    public async Task RunAsync(StressPhase phase)
    {
        if (every <= TimeSpan.Zero)
        {
            return;
        }
        await Task.Delay(StressRun.Min(phase.Length / 2, phase.Length - phase.Elapsed));
        while (!phase.Over)
        {
            var start = Stopwatch.GetTimestamp();
            phase.Rebuilding = true;
            log.Line("rebuild: writing a new generation");
            try
            {
                var listings = await directory.Indexer.RebuildAsync();
                Durations.Add(Since(start));
                Count++;
                log.Line($"rebuild: swapped in a new generation of {listings:N0} listings after {Since(start) / 1000:0.0} s");
            }
            catch (Exception e)
            {
                log.Failure("rebuild", e);
            }
            finally
            {
                phase.Rebuilding = false;
            }
            await Task.Delay(StressRun.Min(every - Stopwatch.GetElapsedTime(start), phase.Length - phase.Elapsed));
        }
    }
}
