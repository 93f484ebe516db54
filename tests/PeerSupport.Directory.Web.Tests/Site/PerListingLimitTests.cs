using System.Net;
using Microsoft.EntityFrameworkCore;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Limits per listing on top of the per-client ones: posts spread over many addresses still stop
/// at one group's budget. Clients connect from named addresses through <see cref="BehindProxyFactory"/>.
/// </summary>
public sealed class PerListingLimitTests(BehindProxyFactory app) : IClassFixture<BehindProxyFactory>
{
    [Fact]
    public async Task Reports_spread_over_many_addresses_stop_at_the_groups_hourly_budget()
    {
        var listing = await app.PublishedListingAsync(Unique("Flooded Group"));
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "Closed" };
        for (var post = 0; post < 20; post++)
        {
            var client = app.Client($"192.0.2.{post + 1}");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFormAsync($"/groups/{listing}/report", fields)).StatusCode);
        }

        var refused = await app.Client("192.0.2.99").PostFormAsync($"/groups/{listing}/report", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(20, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
        var other = await app.PublishedListingAsync(Unique("Quiet Group"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await app.Client("192.0.2.99").PostFormAsync($"/groups/{other}/report", fields)).StatusCode);
    }
}
