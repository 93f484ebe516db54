using Cronos;
using Hangfire.Common;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Jobs;

/// <summary>
/// Runs each occurrence of a recurring job once across every node that shares the database, when
/// Hangfire's storage is per process (the in-memory storage of the SQLite default: each process has
/// its own scheduler, so two site processes over one SQLite file would both trigger every job).
/// Before a recurring job runs, the node claims the occurrence in <see cref="RecurringRun"/> (the key
/// is the job and the occurrence); a node that finds another node's claim stands down. Its own
/// claim lets it through again, so Hangfire's retries and an operator's "Trigger now" on the
/// dashboard still run (one process's scheduler never triggers one occurrence twice).
/// With SQL Server storage Hangfire itself runs each occurrence on one node, and a claim would
/// stop a retry picked up by another node, so this filter is not installed there.
/// </summary>
public sealed class OncePerSchedule(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OncePerSchedule> log) : IServerFilter
{
    /// <summary>Claims older than this are deleted when the same job claims a newer occurrence.</summary>
    public static readonly TimeSpan KeepClaims = TimeSpan.FromDays(30);

    private static readonly TimeSpan[] LookBack = [TimeSpan.FromHours(1), TimeSpan.FromDays(8), TimeSpan.FromDays(32), TimeSpan.FromDays(367)];

    /// <summary>This node (this app's storage) among the nodes sharing the database.</summary>
    public string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public void OnPerforming(PerformingContext context)
    {
        var jobId = context.GetJobParameter<string>("RecurringJobId");
        if (string.IsNullOrEmpty(jobId))
        {
            return;
        }
        var recurring = context.Connection.GetAllEntriesFromHash($"recurring-job:{jobId}");
        if (recurring is null || !recurring.TryGetValue("Cron", out var cron))
        {
            return;
        }
        var zone = recurring.TryGetValue("TimeZoneId", out var zoneId) && !string.IsNullOrEmpty(zoneId)
            ? TimeZoneInfo.FindSystemTimeZoneById(zoneId)
            : TimeZoneInfo.Utc;
        var triggered = context.GetJobParameter<long?>("Time") is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : context.BackgroundJob.CreatedAt;
        if (Occurrence(cron, zone, triggered) is not { } occurrence)
        {
            return;
        }
        var owner = ClaimAsync(jobId, occurrence).GetAwaiter().GetResult();
        if (owner != Node)
        {
            log.LogInformation("Recurring job {JobId} for {Occurrence:u} already ran on node {Owner}; this node stands down", jobId, occurrence, owner);
            context.Canceled = true;
        }
    }

    public void OnPerformed(PerformedContext context)
    {
    }

    /// <summary>The latest occurrence of the schedule at or before the moment it was triggered.</summary>
    public static DateTime? Occurrence(string cron, TimeZoneInfo zone, DateTime triggeredUtc)
    {
        var expression = CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        var to = DateTime.SpecifyKind(triggeredUtc, DateTimeKind.Utc);
        foreach (var window in LookBack)
        {
            DateTime? last = null;
            foreach (var occurrence in expression.GetOccurrences(to - window, to, zone, fromInclusive: true, toInclusive: true))
            {
                last = occurrence;
            }
            if (last is not null)
            {
                return last;
            }
        }
        return null;
    }

    /// <summary>The node that holds the claim on this occurrence: this one if nobody had it.</summary>
    private async Task<string> ClaimAsync(string jobId, DateTime occurrence)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        if (await ClaimantAsync(db, jobId, occurrence) is { } claimant)
        {
            return claimant;
        }
        db.RecurringRuns.Add(new RecurringRun { JobId = jobId, Occurrence = occurrence, Node = Node, ClaimedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another node claimed it between the look and the insert: the key says who.
            return await ClaimantAsync(db, jobId, occurrence) ?? throw new InvalidOperationException($"The claim on {jobId} could not be saved.");
        }
        var old = occurrence - KeepClaims;
        await db.RecurringRuns.Where(r => r.JobId == jobId && r.Occurrence < old).ExecuteDeleteAsync();
        return Node;
    }

    private static Task<string?> ClaimantAsync(DirectoryDbContext db, string jobId, DateTime occurrence) =>
        db.RecurringRuns.AsNoTracking().Where(r => r.JobId == jobId && r.Occurrence == occurrence).Select(r => r.Node).SingleOrDefaultAsync();
}
