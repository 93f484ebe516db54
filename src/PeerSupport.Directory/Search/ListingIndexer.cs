using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Keeps the index a faithful copy of the database's published listings: right after each
/// commit (as <see cref="IListingChangeListener"/>), by a full rebuild, and by reconciling
/// versions, which repairs any drift and makes up for work lost in a crash.
/// </summary>
public sealed class ListingIndexer(SearchIndex index, IServiceScopeFactory scopes, ILogger<ListingIndexer> logger) : IListingChangeListener
{
    private const int BatchSize = 500;

    public async Task ListingsCommittedAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken) =>
        await UpdateAsync(listingIds, cancellationToken);

    public async Task UpdateAsync(IReadOnlyCollection<int> listingIds, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        foreach (var batch in listingIds.Chunk(BatchSize))
        {
            var listings = await Load(db).Where(l => batch.Contains(l.Id)).ToListAsync(cancellationToken);
            var searchable = listings.Where(ListingDocument.IsSearchable).ToList();
            var searchableIds = searchable.Select(l => l.Id).ToHashSet();
            index.Upsert(searchable.Select(ListingDocument.From), batch.Where(id => !searchableIds.Contains(id)));
        }
    }

    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var count = new System.Runtime.CompilerServices.StrongBox<int>();
        // Read before the listings: a change saved while they are read is applied again from the feed.
        var head = await ListingFeed.HeadAsync(db, cancellationToken);
        index.Rebuild(PublishedInBatches(db, count, cancellationToken), head);
        logger.LogInformation("Search index rebuilt with {Count} listings.", count.Value);
        // Changes committed while the rebuild ran went to the old generation; catch up now.
        await ReconcileAsync(cancellationToken);
        return count.Value;
    }

    /// <summary>
    /// Every published listing as a document, read <see cref="BatchSize"/> at a time in id order,
    /// so a rebuild holds one batch of listings, not all of them (at 100k, over a gigabyte).
    /// Synchronous reads: <see cref="SearchIndex.Rebuild"/> pulls documents as it writes them.
    /// </summary>
    private static IEnumerable<Lucene.Net.Documents.Document> PublishedInBatches(
        DirectoryDbContext db, System.Runtime.CompilerServices.StrongBox<int> count, CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = Load(db).Where(l => l.Status == ListingStatus.Published && l.Id > after).OrderBy(l => l.Id).Take(BatchSize).ToList();
            if (batch.Count == 0)
            {
                yield break;
            }
            foreach (var listing in batch)
            {
                yield return ListingDocument.From(listing);
            }
            count.Value += batch.Count;
            after = batch[^1].Id;
        }
    }

    public async Task<ReconcileResult> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<int, string> inDatabase;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            inDatabase = (await db.Listings.AsNoTracking()
                    .Where(l => l.Status == ListingStatus.Published)
                    .Select(l => new { l.Id, l.Version })
                    .ToListAsync(cancellationToken))
                .ToDictionary(l => l.Id, l => l.Version.ToString("N"));
        }
        var inIndex = index.IndexedVersions();
        var stale = inDatabase.Where(d => !inIndex.TryGetValue(d.Key, out var v) || v != d.Value).Select(d => d.Key).ToList();
        var gone = inIndex.Keys.Where(id => !inDatabase.ContainsKey(id)).ToList();
        if (stale.Count > 0)
        {
            await UpdateAsync(stale, cancellationToken);
        }
        if (gone.Count > 0)
        {
            index.Upsert([], gone);
        }
        if (stale.Count + gone.Count > 0)
        {
            logger.LogInformation("Search index reconciled: {Updated} updated, {Deleted} removed.", stale.Count, gone.Count);
        }
        return new ReconcileResult(stale.Count, gone.Count);
    }

    private static IQueryable<Listing> Load(DirectoryDbContext db) =>
        db.Listings.AsNoTracking()
            .Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .Include(l => l.Schedules)
            .AsSplitQuery();
}
