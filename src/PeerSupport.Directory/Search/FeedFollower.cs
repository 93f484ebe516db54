using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Keeps this node's index and caches in step with changes saved on any node: reads the
/// <see cref="ListingFeedEntry"/> rows above the index's watermark, applies them and moves the
/// watermark on (<see cref="FeedGaps"/> says how far). The node's background service polls about
/// once a second; a page that has just saved a taxonomy or place change polls at once, so the
/// editor sees it without waiting. One poll at a time.
/// </summary>
public sealed class FeedFollower(
    SearchIndex index,
    ListingIndexer indexer,
    IServiceScopeFactory scopes,
    IEnumerable<INodeCache> caches,
    TimeProvider clock,
    ILogger<FeedFollower> logger) : IDisposable
{
    public const int BatchSize = 1000;

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Sequences above the watermark already applied, with when this node first saw each (for the gap rule).</summary>
    private readonly Dictionary<long, DateTime> applied = [];
    private string? generation;

    /// <summary>
    /// Before the site answers: a full rebuild when the index is missing, damaged or of another
    /// schema; a reconcile when it has no watermark yet or the feed was pruned past it (a node down
    /// for more than a week); then catching up from the watermark.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (index.NeedsRebuild)
            {
                await indexer.RebuildAsync(cancellationToken);
            }
            else if (await ReconcileNeededAsync(cancellationToken) is { } head)
            {
                var position = index.Position;
                await indexer.ReconcileAsync(cancellationToken);
                index.TryAdvance(position.Generation, head);
            }
            await CatchUpOnceAtATimeAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Applies everything the feed holds now: what a page calls right after saving, so its editor sees the change at once.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await CatchUpOnceAtATimeAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task CatchUpOnceAtATimeAsync(CancellationToken cancellationToken)
    {
        while (await PollOnceAsync(cancellationToken))
        {
        }
    }

    /// <summary>Applies what is new in the feed; true when there may be more to read at once.</summary>
    public async Task<bool> PollAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await PollOnceAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>How far this node is behind the feed, for health checks.</summary>
    public async Task<FeedLag> LagAsync(CancellationToken cancellationToken = default)
    {
        var watermark = index.Position.Watermark ?? 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var head = await ListingFeed.HeadAsync(db, cancellationToken);
        var oldest = await db.ListingFeed.Where(e => e.Sequence > watermark).OrderBy(e => e.Sequence).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(cancellationToken);
        return new FeedLag(Math.Max(0, head - watermark), oldest is { } at ? clock.GetUtcNow().UtcDateTime - at : null);
    }

    private async Task<bool> PollOnceAsync(CancellationToken cancellationToken)
    {
        var position = index.Position;
        if (position.Generation != generation)
        {
            applied.Clear();
            generation = position.Generation;
        }
        if (position.Watermark is not { } watermark)
        {
            // Not following yet: StartAsync gives the index its first watermark.
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var entries = await db.ListingFeed.AsNoTracking().Where(e => e.Sequence > watermark)
            .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
        var fresh = entries.Where(e => !applied.ContainsKey(e.Sequence)).ToList();
        await ApplyAsync(db, fresh, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in fresh)
        {
            applied[entry.Sequence] = now;
        }
        var next = FeedGaps.Advance(watermark, entries.Select(e => (e.Sequence, applied[e.Sequence])).ToList(), now, FeedGaps.Grace);
        if (next > watermark && !index.TryAdvance(position.Generation, next))
        {
            // A rebuild swapped in a generation with its own watermark; read on from there.
            applied.Clear();
            return true;
        }
        foreach (var sequence in applied.Keys.Where(s => s <= next).ToList())
        {
            applied.Remove(sequence);
        }
        return entries.Count == BatchSize && next > watermark;
    }

    private async Task ApplyAsync(DirectoryDbContext db, List<ListingFeedEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var listingIds = entries.Select(e => e.ListingId ?? e.RemovedListingId).OfType<int>().ToHashSet();
        // A tag's name and synonyms are written into the documents of the listings carrying it.
        var tagIds = entries.Where(e => e.Kind == ListingFeedKinds.Taxonomy).Select(e => e.TagId).OfType<int>().ToList();
        if (tagIds.Count > 0)
        {
            listingIds.UnionWith(await db.Listings.Where(l => l.Tags.Any(t => tagIds.Contains(t.Id))).Select(l => l.Id).ToListAsync(cancellationToken));
        }
        if (listingIds.Count > 0)
        {
            await indexer.UpdateAsync(listingIds, cancellationToken);
        }
        var kinds = entries.Select(e => e.Kind).ToHashSet();
        foreach (var cache in caches.Where(c => kinds.Contains(c.Kind)))
        {
            await cache.RefreshAsync(cancellationToken);
        }
    }

    /// <summary>The feed's head to take as the watermark after a reconcile, when one is needed; null when the feed can be followed from the watermark.</summary>
    private async Task<long?> ReconcileNeededAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var head = await ListingFeed.HeadAsync(db, cancellationToken);
        if (index.Position.Watermark is not { } watermark)
        {
            logger.LogInformation("The search index has no feed watermark yet; reconciling it with the database once.");
            return head;
        }
        var oldest = await db.ListingFeed.MinAsync(e => (long?)e.Sequence, cancellationToken);
        if (oldest > watermark + 1)
        {
            logger.LogInformation("The change feed was pruned past this index's watermark ({Watermark}, oldest entry {Oldest}); reconciling with the database.", watermark, oldest);
            return head;
        }
        return null;
    }

    public void Dispose() => oneAtATime.Dispose();
}
