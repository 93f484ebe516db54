using System.Diagnostics;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// One writer streaming edits through <see cref="DirectoryDbContext.SaveChangesAsync(CancellationToken)"/>,
/// as leads' saves reach the index: renames (an update in the index), pauses (a delete) and
/// resumes (an add), at a steady rate. Each save refreshes the near-real-time searcher, which
/// flushes a small segment, so segments pile up and merge. After each save the editor looks at
/// the searcher: a new reader version is a reopen, and a segment seen before and gone now was
/// merged away or emptied by deletes.
/// </summary>
internal sealed class StressEditor(BenchmarkDirectory directory, StressLog log, int perSecond, int seed)
{
    private const string Mark = " Stressedit";

    private enum Kind
    {
        Update,
        Pause,
        Resume,
    }

    private readonly int[] done = new int[3];
    private readonly Latencies saves = new();
    private HashSet<string> segments = [];
    private string? where;
    private long version = -1;
    private int reopens;
    private int retired;

    public int Count => done.Sum();

    public int Reopens => Volatile.Read(ref reopens);

    public int Retired => Volatile.Read(ref retired);

    public int Segments { get; private set; }

    public int FewestSegments { get; private set; } = int.MaxValue;

    public int MostSegments { get; private set; }

    /// <summary>The directory class the site's index uses, as the searcher's reader reports it.</summary>
    public string? DirectoryKind { get; private set; }

    /// <summary>Only after the run.</summary>
    public Latencies Saves => saves;

    public string Describe() => $"{done[(int)Kind.Update]:N0} renames, {done[(int)Kind.Pause]:N0} pauses, {done[(int)Kind.Resume]:N0} resumes";

    public async Task RunAsync(StressPhase phase)
    {
        List<int> published;
        await using (var scope = directory.Services.CreateAsyncScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Listings
                .Where(l => l.Status == ListingStatus.Published).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        }
        var paused = new List<int>();
        var random = new Random(seed);
        var every = perSecond > 0 ? Stopwatch.Frequency / perSecond : 0;
        var due = Stopwatch.GetTimestamp();
        Observe();
        for (var n = 0; !phase.Over; n++)
        {
            // Two in ten pause a listing and two in ten bring one back; the rest rename.
            var roll = random.Next(10);
            var (kind, id) = roll < 2 && published.Count > 1 ? (Kind.Pause, Take(published, random))
                : roll < 4 && paused.Count > 0 ? (Kind.Resume, Take(paused, random))
                : (Kind.Update, published[random.Next(published.Count)]);
            if (kind != Kind.Update)
            {
                (kind == Kind.Pause ? paused : published).Add(id);
            }
            try
            {
                await EditAsync(kind, id, n);
                done[(int)kind]++;
            }
            catch (Exception e)
            {
                log.Failure("edit", e);
            }
            Observe();
            // A stall (a rebuild holding the cores) is not made up for with a burst.
            due = Math.Max(due + every, Stopwatch.GetTimestamp() - Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }
    }

    private async Task EditAsync(Kind kind, int id, int n)
    {
        await using var scope = directory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var listing = await db.Listings.SingleAsync(l => l.Id == id);
        switch (kind)
        {
            case Kind.Update:
                var mark = listing.Name.IndexOf(Mark, StringComparison.Ordinal);
                listing.Name = $"{(mark < 0 ? listing.Name : listing.Name[..mark])}{Mark}{n}";
                break;
            case Kind.Pause:
                ListingLifeCycle.Pause(listing, until: null, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "stress");
                break;
            case Kind.Resume:
                ListingLifeCycle.Resume(listing, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, "stress");
                break;
        }
        var start = Stopwatch.GetTimestamp();
        await db.SaveChangesAsync();
        saves.Add(Latencies.Since(start));
        // Committed: what a restart after a crash must still find (RestartCheck).
        File.WriteAllText(LastEditFile(directory.Folder), $"{listing.Id} {listing.Version:N} {listing.Status}");
    }

    /// <summary>The last edit the run saved: "id version status", rewritten after every commit.</summary>
    public static string LastEditFile(string folder) => Path.Combine(folder, "stress-last-edit.txt");

    private static int Take(List<int> ids, Random random)
    {
        var i = random.Next(ids.Count);
        var id = ids[i];
        (ids[i], ids[^1]) = (ids[^1], ids[i]);
        ids.RemoveAt(ids.Count - 1);
        return id;
    }

    /// <summary>Reads what the current searcher is made of, through a lease as a search would.</summary>
    private void Observe()
    {
        try
        {
            using var lease = directory.Services.GetRequiredService<SearchIndex>().Acquire();
            var reader = (DirectoryReader)lease.Searcher.IndexReader;
            // ToString names the generation's folder without asking a directory a rebuild may have closed.
            var here = reader.Directory.ToString();
            DirectoryKind = reader.Directory.GetType().Name;
            var now = reader.Leaves.Select(l => ((SegmentReader)l.AtomicReader).SegmentName).ToHashSet();
            if (where is not null && (reader.Version != version || here != where))
            {
                Interlocked.Increment(ref reopens);
            }
            if (here == where)
            {
                Interlocked.Add(ref retired, segments.Count(s => !now.Contains(s)));
            }
            (segments, where, version) = (now, here, reader.Version);
            Segments = now.Count;
            FewestSegments = Math.Min(FewestSegments, now.Count);
            MostSegments = Math.Max(MostSegments, now.Count);
        }
        catch (Exception e)
        {
            log.Failure("observe", e);
        }
    }
}
