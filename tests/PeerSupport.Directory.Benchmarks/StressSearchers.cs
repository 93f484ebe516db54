using System.Diagnostics;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Threads that search the query mix through <see cref="ListingSearch"/> without pause, as
/// concurrent results pages do, each starting at its own place in the mix and timing its own
/// searches by <see cref="StressMoment"/>.
/// </summary>
internal sealed class StressSearchers
{
    private readonly ListingSearch search;
    private readonly IReadOnlyList<SearchRequest> requests;
    private readonly StressPhase phase;
    private readonly StressLog log;
    private readonly Thread[] threads;
    private readonly Latencies[][] times;
    private long searches;
    private volatile bool stopping;

    public StressSearchers(ListingSearch search, IReadOnlyList<SearchRequest> requests, int count, StressPhase phase, StressLog log)
    {
        (this.search, this.requests, this.phase, this.log) = (search, requests, phase, log);
        times = [.. Enumerable.Range(0, count).Select(_ => Enum.GetValues<StressMoment>().Select(_ => new Latencies()).ToArray())];
        threads = [.. Enumerable.Range(0, count).Select(i => new Thread(() => Run(i)) { IsBackground = true, Name = $"stress-search-{i}" })];
    }

    public long Count => Interlocked.Read(ref searches);

    public void Start()
    {
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    public void Stop()
    {
        stopping = true;
        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    /// <summary>Every thread's latencies at these moments; only after <see cref="Stop"/>.</summary>
    public Latencies At(params StressMoment[] moments)
    {
        var all = new Latencies();
        foreach (var mine in times)
        {
            foreach (var moment in moments)
            {
                all.AddRange(mine[(int)moment]);
            }
        }
        return all;
    }

    private void Run(int index)
    {
        var mine = times[index];
        var next = index * requests.Count / threads.Length;
        while (!stopping)
        {
            var request = requests[next++ % requests.Count];
            var moment = phase.Now;
            var start = Stopwatch.GetTimestamp();
            try
            {
                search.Search(request);
                mine[(int)moment].Add(Latencies.Since(start));
                Interlocked.Increment(ref searches);
            }
            catch (Exception e)
            {
                // Counted, and the first of each kind logged with its stack: finding these is the point of the run.
                log.Failure("search", e);
            }
        }
    }
}
