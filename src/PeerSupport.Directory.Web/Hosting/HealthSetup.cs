using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// Health for a load balancer. <c>/health/live</c>: the process answers (restart it if not).
/// <c>/health/ready</c>: this node can serve (send it traffic only if so): the database answers
/// and has every migration, and this node's search index has applied the change feed to within
/// <see cref="IndexReadyCheck.MostLag"/>. Both answer a bare "Healthy" or
/// "Unhealthy" (503) to anyone: which check failed, and why, goes to the log, never to a caller.
/// </summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [Ready])
            .AddCheck<IndexReadyCheck>("index", tags: [Ready]);

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteStatusAsync });
    }

    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "Healthy" : "Unhealthy");
    }
}

/// <summary>The database answers and has every migration this build knows (a node of a newer build waits for the migration script).</summary>
public sealed class DatabaseReadyCheck(DirectoryDbContext db, ILogger<DatabaseReadyCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                logger.LogWarning("Not ready: the database lacks migrations of this build.");
                return HealthCheckResult.Unhealthy();
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (Safety.DatabaseOutage.IsUnavailable(e))
        {
            logger.LogWarning("Not ready: the database did not answer ({Error}).", e.GetType().Name);
            return HealthCheckResult.Unhealthy();
        }
    }
}

/// <summary>
/// This node's index is caught up: no change in the feed has waited longer than
/// <see cref="MostLag"/> (the node polls every second; a gap in the sequence is waited for at
/// most 5 s, see <c>FeedGaps</c>). A node far behind, or whose following has stopped, is taken
/// out of the balancer until it catches up, so nobody is shown old results.
/// </summary>
public sealed class IndexReadyCheck(FeedFollower follower, ILogger<IndexReadyCheck> logger) : IHealthCheck
{
    public static readonly TimeSpan MostLag = TimeSpan.FromSeconds(10);

    /// <summary>Nothing waiting, or nothing waiting longer than <see cref="MostLag"/>.</summary>
    public static bool CaughtUp(FeedLag lag) => !(lag.OldestUnapplied > MostLag);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var lag = await follower.LagAsync(cancellationToken);
            if (!CaughtUp(lag))
            {
                logger.LogWarning("Not ready: the index is {Entries} changes behind the feed, the oldest {Seconds:F0} s old.", lag.Entries, lag.OldestUnapplied?.TotalSeconds);
                return HealthCheckResult.Unhealthy();
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (Safety.DatabaseOutage.IsUnavailable(e))
        {
            logger.LogWarning("Not ready: the feed could not be read ({Error}).", e.GetType().Name);
            return HealthCheckResult.Unhealthy();
        }
    }
}
