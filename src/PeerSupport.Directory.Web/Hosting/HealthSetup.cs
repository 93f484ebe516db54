using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// Health for a load balancer. <c>/health/live</c>: the process answers (restart it if not).
/// <c>/health/ready</c>: this node can serve (send it traffic only if so): the database answers
/// and has every migration, and the search index is open. Both answer a bare "Healthy" or
/// "Unhealthy" (503) to anyone: which check failed, and why, goes to the log, never to a caller.
/// </summary>
public static class HealthSetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [Ready]);

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
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning("Not ready: the database did not answer ({Error}).", e.GetType().Name);
            return HealthCheckResult.Unhealthy();
        }
    }
}
