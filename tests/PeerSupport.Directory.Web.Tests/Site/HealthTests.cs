using System.Net;

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
}
