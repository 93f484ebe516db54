using System.Net;
using PeerSupport.Directory.Moderation;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Reports;

/// <summary>A problem report's private status page, opened only with the key its reporter was given.</summary>
public sealed class StatusTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task A_status_link_without_the_right_key_is_not_found()
    {
        var listing = await app.PublishedListingAsync(Unique("Key Guarded Group"));
        await app.WithDbAsync(async db =>
        {
            db.ProblemReports.Add(new ProblemReport { Reference = "R-keytest", KeyHash = SecretKey.Hash("the-right-key"), ListingId = listing, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports/R-keytest?key=the-right-key")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/R-keytest?key=a-wrong-key")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/R-keytest")).StatusCode);
    }
}
