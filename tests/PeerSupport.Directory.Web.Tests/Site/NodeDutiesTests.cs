using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Jobs;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>What each node does for itself, and what runs once per cluster through Hangfire.</summary>
public sealed class NodeDutiesTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private List<string> RecurringJobIds()
    {
        _ = app.Services;
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).ToList();
    }

    [Fact]
    public void The_index_reconcile_is_not_a_cluster_wide_hangfire_job_but_each_nodes_own_duty()
    {
        Assert.DoesNotContain(JobsSetup.RetiredIndexReconcileId, RecurringJobIds());
        Assert.Single(app.Services.GetServices<IHostedService>().OfType<IndexFollowing>());
    }

    [Fact]
    public void Pruning_the_change_feed_runs_once_a_day_for_the_cluster() =>
        Assert.Contains(FeedPruneJob.RecurringId, RecurringJobIds());
}
