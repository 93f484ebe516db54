using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>The site with its shipped search limit (<c>RateLimits.Search</c>), and requests from named addresses.</summary>
public sealed class SearchFromClientsFactory : DirectoryAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseTestConnectionAddress();
    }
}

/// <summary>
/// The results page's rate limit (issue 14): a bucket of 120 searches per client, refilled at 2 a
/// second. A person searching, refining and paging never meets it; a script flooding search from
/// one address does, and nobody else is slowed by it.
/// </summary>
public sealed class SearchRateLimitTests(SearchFromClientsFactory app) : IClassFixture<SearchFromClientsFactory>
{
    [Fact]
    public async Task A_person_searching_refining_and_paging_thirty_times_in_a_minute_never_meets_the_limit()
    {
        var person = app.ClientFrom("198.51.100.10");
        var searches = new[] { "/find?where=Leeds", "/find?where=Leeds&tag=women", "/find?where=Leeds&tag=women&day=Monday", "/find?where=Leeds&page=2", "/find?q=walking" };

        // Thirty at once, faster than anyone clicks.
        foreach (var url in Enumerable.Range(0, 30).Select(i => searches[i % searches.Length]))
        {
            Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_flood_of_searches_from_one_address_is_refused_with_the_kind_page_and_another_address_is_not_slowed()
    {
        var flood = app.ClientFrom("198.51.100.20");
        HttpResponseMessage? refused = null;
        var sent = 0;
        // The bucket holds 120 and refills at 2 a second; eight at a time empty it well before 400.
        while (refused is null && sent < 400)
        {
            var batch = await Task.WhenAll(Enumerable.Range(sent, 8).Select(i => flood.GetAsync($"/find?page=50&q=flood{i}")));
            sent += batch.Length;
            refused = batch.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        }

        Assert.NotNull(refused);
        Assert.InRange(sent, 121, 400);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("198.51.100.21").GetAsync("/find?q=flood")).StatusCode);
        Assert.DoesNotContain(app.Logs, line => line.Contains("198.51.100.2", StringComparison.Ordinal) || line.Contains("flood", StringComparison.Ordinal));
    }
}
