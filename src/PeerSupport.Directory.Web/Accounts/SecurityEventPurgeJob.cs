using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>Daily: removes security events older than <c>Accounts:SecurityEventDays</c> (default 365).</summary>
public sealed class SecurityEventPurgeJob(DirectoryDbContext db, TimeProvider clock, IConfiguration configuration)
{
    public const string RecurringId = "security-events-purge";

    public const int DefaultDays = 365;

    public Task<int> RunAsync() =>
        SecurityLog.PurgeAsync(db, clock.GetUtcNow().UtcDateTime, Math.Max(1, configuration.GetValue("Accounts:SecurityEventDays", DefaultDays)));
}
