using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>/health/live and /health/ready, as a load balancer reads them: a status and one word, never the reason.</summary>
public sealed class HealthTests(DatabaseOutageApp app) : IClassFixture<DatabaseOutageApp>
{
    [Fact]
    public async Task A_running_node_is_live_and_ready_and_says_nothing_more()
    {
        var client = app.CreateBrowserLikeClient();
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData(0, null, true)]
    [InlineData(3, 2.0, true)]
    [InlineData(40, 10.0, true)]
    [InlineData(1, 10.5, false)]
    [InlineData(500, 120.0, false)]
    public void A_node_is_ready_only_while_no_change_has_waited_more_than_ten_seconds_for_its_index(long entries, double? oldestSeconds, bool ready) =>
        Assert.Equal(ready, Hosting.IndexReadyCheck.CaughtUp(new Search.FeedLag(entries, oldestSeconds is { } s ? TimeSpan.FromSeconds(s) : null)));

    [Fact]
    public async Task A_node_that_cannot_reach_its_database_is_live_but_not_ready_without_saying_why()
    {
        var client = app.CreateBrowserLikeClient();
        app.Down = true;
        try
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            app.Down = false;
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task While_the_database_is_out_of_reach_pages_answer_503_with_retry_advice_and_nothing_is_lost()
    {
        var name = TestListings.Unique("Outage Circle");
        await app.ImportAsync(TestListings.Group(name));
        var id = await app.DbAsync(db => db.Listings.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());
        var email = $"outage.{Guid.NewGuid():N}@example.com";
        await app.CreateLeadAsync(email);
        var lead = await app.SignedInClientAsync(email);
        var visitor = app.CreateBrowserLikeClient(followRedirects: true);
        app.Down = true;
        try
        {
            foreach (var (client, path) in new[] { (lead, "/lead"), (visitor, $"/groups/{id}") })
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("10", response.Headers.RetryAfter?.ToString());
                var page = PageText.Of(await response.Content.ReadAsStringAsync());
                Assert.Contains("try again in a few seconds", page, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
            }
        }
        finally
        {
            app.Down = false;
        }
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/lead")).StatusCode);
        Assert.Contains(name, await visitor.GetStringAsync($"/groups/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_committed_elsewhere_while_this_node_cannot_reach_the_database_reaches_its_search_once_it_can()
    {
        var name = TestListings.Unique("Outage Resume Circle");
        app.Down = true;
        try
        {
            // Another node's commit, on its own connection, while this node's connections fail.
            var options = new DbContextOptionsBuilder<DirectoryDbContext>();
            DirectoryDatabase.Configure(options, new DatabaseOptions(), app.DataFolder);
            await using var elsewhere = new DirectoryDbContext(options.Options, TimeProvider.System);
            var json = System.Text.Json.JsonSerializer.Serialize(new ListingFile { Listings = [TestListings.Group(name)] }, ListingFile.Json);
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            Assert.Equal(1, (await new ListingImporter(elsewhere, TimeProvider.System).ImportAsync(stream)).Created);
            // This node has tried to follow the feed and failed at least once.
            for (var wait = 0; wait < 300 && !app.Logs.Any(line => line.Contains("Following the change feed failed, will retry", StringComparison.Ordinal)); wait++)
            {
                await Task.Delay(100);
            }
            Assert.Contains(app.Logs, line => line.Contains("Following the change feed failed, will retry", StringComparison.Ordinal));
        }
        finally
        {
            app.Down = false;
        }

        var visitor = app.CreateBrowserLikeClient();
        var found = false;
        for (var attempt = 0; attempt < 300 && !found; attempt++)
        {
            found = await visitor.FindsGroupAsync(name);
            if (!found)
            {
                await Task.Delay(100);
            }
        }
        Assert.True(found, "The change committed during the outage never reached this node's search.");
    }
}

