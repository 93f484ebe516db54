using System.Net;
using Microsoft.EntityFrameworkCore;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Its own app, so its posts don't share a rate-limit window with other tests.</summary>
public sealed class RateLimitedAppFactory : DirectoryAppFactory;

public sealed class PublicFormsRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task The_eleventh_report_in_ten_minutes_is_refused_with_429_and_retry_after()
    {
        var listing = await app.PublishedListingAsync(Unique("Rate Limited Group"));
        var client = app.CreateBrowserLikeClient();
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "Closed" };
        for (var post = 0; post < 10; post++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFormAsync($"/groups/{listing}/report", fields)).StatusCode);
        }

        var refused = await client.PostFormAsync($"/groups/{listing}/report", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(10, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == listing)));
    }
}
