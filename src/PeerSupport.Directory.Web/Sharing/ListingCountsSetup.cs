using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Sharing;

public static class ListingCountsSetup
{
    /// <summary>View and share counts: tallied in memory, written every minute and at shutdown.</summary>
    public static IServiceCollection AddListingCounts(this IServiceCollection services)
    {
        services.AddSingleton<ListingCounts>();
        services.AddHostedService<ListingCountsFlusher>();
        return services;
    }
}

/// <summary>Writes the in-memory counts to the database every minute, and once more when the site stops.</summary>
public sealed class ListingCountsFlusher(ListingCounts counts, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ListingCountsFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy or unreachable database must not stop the site (an exception here
                    // would end the host); the counts not written stay pending for the next minute.
                    logger.LogWarning("Writing view and share counts failed: {Error}", e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (ObjectDisposedException)
        {
            // A host torn down out of order (test hosts) has already disposed the services: the
            // last minute's totals are lost, which the counts' contract allows; nothing else is.
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await counts.FlushAsync(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>(), cancellationToken);
    }
}
