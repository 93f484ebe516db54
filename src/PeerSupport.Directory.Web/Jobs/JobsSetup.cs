using Hangfire;
using Hangfire.Common;
using Hangfire.Dashboard;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Jobs;

/// <summary>
/// Hangfire: in-memory storage for the embedded SQLite default (jobs are idempotent and derive
/// their work from the database, so a restart that forgets queued jobs loses nothing), SQL
/// Server storage alongside a SQL Server database. The dashboard is for admins only; a form it
/// could not read is refused before it by <see cref="Safety.ReadableForms"/>.
/// </summary>
public static class JobsSetup
{
    public const string DashboardPath = "/admin/jobs";

    /// <summary>The hourly index reconcile's id while it was a Hangfire job (before issue 15).</summary>
    public const string RetiredIndexReconcileId = "index-reconcile";

    public static void AddJobs(this WebApplicationBuilder builder)
    {
        var database = DatabaseOptions.Read(builder.Configuration);
        var perProcessStorage = database.Provider != DatabaseOptions.SqlServer;
        if (perProcessStorage)
        {
            // This app's own filter list (the server takes it from the services), not Hangfire's
            // process-wide one: tests run several apps in one process.
            builder.Services.AddSingleton<OncePerSchedule>();
            builder.Services.AddSingleton<IJobFilterProvider>(services => new WithFilter(services.GetRequiredService<OncePerSchedule>()));
        }
        // This app's own storage in its services (Hangfire's default hands out the process-wide
        // current one, which in a process with several apps, as the tests have, can be another's).
        builder.Services.AddSingleton<JobStorage>(_ => perProcessStorage
            ? new Hangfire.InMemory.InMemoryStorage()
            : new Hangfire.SqlServer.SqlServerStorage(database.ConnectionString));
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>()));
        builder.Services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
    }

    public static void UseJobs(this WebApplication app)
    {
        if (app.Services.GetService<IRecurringJobManager>() is not { } recurring)
        {
            return;
        }
        // The reconcile is each node's duty now (NodeDuties); SQL Server storage would keep running the old cluster-wide job.
        recurring.RemoveIfExists(RetiredIndexReconcileId);
        recurring.AddOrUpdate<FeedPruneJob>(FeedPruneJob.RecurringId, job => job.RunAsync(), Cron.Daily(2, 45));
        recurring.AddOrUpdate<FreshnessSweep>(FreshnessSweep.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(6), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<ScheduleCheckJob>(ScheduleCheckJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(6, 30), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<FreshnessSnapshotJob>(FreshnessSnapshotJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(23, 45), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<LinkCheckJob>(LinkCheckJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Weekly(DayOfWeek.Monday, 3), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<ReferrerListExpiryJob>(ReferrerListExpiryJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(4), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<ViaTagPurgeJob>(ViaTagPurgeJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Daily(4, 30), new RecurringJobOptions { TimeZone = UkCalendar.Zone });
        recurring.AddOrUpdate<SecurityEventPurgeJob>(SecurityEventPurgeJob.RecurringId, job => job.RunAsync(), Cron.Daily(3, 15));
        recurring.AddOrUpdate<OutboxDelivery>(OutboxDelivery.PurgeRecurringId, job => job.PurgeAsync(CancellationToken.None), Cron.Daily(3));
        recurring.AddOrUpdate<OutboxDelivery>(OutboxDelivery.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnly()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
    }

    /// <summary>Hangfire's own filters (attributes, global) and one more.</summary>
    private sealed class WithFilter(object filter) : IJobFilterProvider
    {
        public IEnumerable<JobFilter> GetFilters(Job job) =>
            JobFilterProviders.Providers.GetFilters(job).Append(new JobFilter(filter, JobFilterScope.Global, null));
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
