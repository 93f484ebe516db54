using Hangfire;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Daily, once per cluster: drops feed entries older than <see cref="KeepDays"/> days. The newest
/// entry always stays, so a node can tell a pruned feed from an empty one; a node down for longer
/// reconciles on start (<see cref="FeedFollower.StartAsync"/>).
/// </summary>
public sealed class FeedPruneJob(DirectoryDbContext db, TimeProvider clock)
{
    public const string RecurringId = "listing-feed-prune";
    public const int KeepDays = 7;

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-KeepDays);
        var head = await ListingFeed.HeadAsync(db);
        return await db.ListingFeed.Where(e => e.At < cutoff && e.Sequence < head).ExecuteDeleteAsync();
    }
}
