using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Web.Jobs;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Two nodes over one SQLite file, each with its own in-memory Hangfire (as two site processes
/// have): each one's scheduler triggers every recurring job, and the occurrence runs once.
/// </summary>
public sealed class OncePerScheduleTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task An_occurrence_triggered_on_both_nodes_runs_on_one()
    {
        var job = RegisterOnBoth();

        Assert.Equal("Succeeded", await TriggerAndWaitAsync(nodes.First, job));
        Assert.Equal("Deleted", await TriggerAndWaitAsync(nodes.Second, job));

        Assert.Equal(1, CountingJob.Runs(job));
    }

    [Fact]
    public async Task The_node_that_ran_an_occurrence_runs_it_again_when_an_operator_triggers_it_but_the_other_node_still_stands_down()
    {
        var job = RegisterOnBoth();
        await TriggerAndWaitAsync(nodes.First, job);

        Assert.Equal("Succeeded", await TriggerAndWaitAsync(nodes.First, job));
        Assert.Equal("Deleted", await TriggerAndWaitAsync(nodes.Second, job));

        Assert.Equal(2, CountingJob.Runs(job));
    }

    [Theory]
    [InlineData("0 6 * * *", "Europe/London", "2026-07-01T05:00:09Z", "2026-07-01T05:00:00Z")] // 06:00 BST
    [InlineData("0 6 * * *", "Europe/London", "2026-12-01T06:00:09Z", "2026-12-01T06:00:00Z")] // 06:00 GMT
    [InlineData("0 6 * * *", "Europe/London", "2026-12-01T05:59:59Z", "2026-11-30T06:00:00Z")] // triggered by hand before today's
    [InlineData("* * * * *", "UTC", "2026-12-01T10:17:42Z", "2026-12-01T10:17:00Z")]
    [InlineData("0 3 * * 1", "Europe/London", "2026-12-03T12:00:00Z", "2026-11-30T03:00:00Z")] // weekly, Monday 03:00
    public void The_occurrence_is_the_latest_one_at_or_before_the_trigger(string cron, string zone, string triggered, string expected)
    {
        var occurrence = OncePerSchedule.Occurrence(cron, TimeZoneInfo.FindSystemTimeZoneById(zone), DateTime.Parse(triggered, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), occurrence);
    }

    private string RegisterOnBoth()
    {
        var job = $"test-once-{Guid.NewGuid():N}";
        foreach (var node in new DirectoryAppFactory[] { nodes.First, nodes.Second })
        {
            Recurring(node).AddOrUpdate(job, () => CountingJob.Run(job), Cron.Daily(3));
        }
        return job;
    }

    /// <summary>The node's own storage, named rather than through Hangfire's process-wide current one.</summary>
    private static RecurringJobManager Recurring(DirectoryAppFactory node) => new(node.Services.GetRequiredService<JobStorage>());

    /// <summary>The job's final state: Succeeded when it ran, Deleted when the node stood down.</summary>
    private static async Task<string?> TriggerAndWaitAsync(DirectoryAppFactory node, string job)
    {
        var id = Recurring(node).TriggerJob(job);
        using var connection = node.Services.GetRequiredService<JobStorage>().GetConnection();
        for (var wait = 0; wait < 300 && connection.GetStateData(id)?.Name is not ("Succeeded" or "Failed" or "Deleted"); wait++)
        {
            await Task.Delay(100);
        }
        return connection.GetStateData(id)?.Name;
    }

    public static class CountingJob
    {
        private static readonly ConcurrentDictionary<string, int> Counts = new();

        public static int Runs(string job) => Counts.GetValueOrDefault(job);

        public static void Run(string job) => Counts.AddOrUpdate(job, 1, (_, count) => count + 1);
    }
}
