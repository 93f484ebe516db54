using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Web.Pages.Find;

namespace PeerSupport.Directory.Web.Hosting;

public static class IndexFollowingSetup
{
    /// <summary>Each node's own duties: following the change feed and the hourly reconcile (not Hangfire jobs, which run once per cluster).</summary>
    public static IServiceCollection AddIndexFollowing(this IServiceCollection services)
    {
        services.AddSingleton<INodeCache>(sp => sp.GetRequiredService<SearchChoicesCache>());
        services.AddSingleton<INodeCache, PlaceAliasCache>();
        services.AddHostedService<IndexFollowing>();
        return services;
    }
}

/// <summary>
/// On every node: applies the change feed about once a second (<see cref="FeedFollower"/>) and
/// reconciles the index with the database every hour, the safety net for changes made around
/// the feed. Start-up catch-up happens before the site answers (<see cref="DirectoryStartup"/>).
/// </summary>
public sealed class IndexFollowing(FeedFollower follower, ListingIndexer indexer, TimeProvider clock, ILogger<IndexFollowing> logger) : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan ReconcileEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The poll's pace is real time, not the injected clock: a test clock moved on by months would
        // otherwise fire a one-second timer millions of times in a row. The hour is the clock's.
        using var timer = new PeriodicTimer(PollEvery);
        var reconciledAt = clock.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await follower.CatchUpAsync(stoppingToken);
                    if (clock.GetElapsedTime(reconciledAt) >= ReconcileEvery)
                    {
                        reconciledAt = clock.GetTimestamp();
                        await indexer.ReconcileAsync(stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy or unreachable database must not end the host: the watermark stays
                    // where it was, so the next tick reads the same entries again.
                    logger.LogWarning("Following the change feed failed, will retry: {Error}", e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
