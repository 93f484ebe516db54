using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace PeerSupport.Directory.Web.Tests.OpenData;

/// <summary>The open-data rate limit with a tiny bucket, so a flood is quick to make.</summary>
public sealed class OrukRateLimitTests(OrukRateLimitTests.App app) : IClassFixture<OrukRateLimitTests.App>
{
    public sealed class App : DirectoryAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Safety:OpenDataBurst"] = "3",
            ["Safety:OpenDataPerSecond"] = "1",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseTestConnectionAddress();
        }
    }

    [Fact]
    public async Task A_flood_from_one_address_gets_429_as_json_with_cors_and_others_go_on()
    {
        var flooder = app.ClientFrom("203.0.113.9");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await flooder.GetAsync("/api/oruk/services?per_page=1"));
        }
        var refused = answers.Last();
        var other = await app.ClientFrom("198.51.100.4").GetAsync("/api/oruk/services?per_page=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
