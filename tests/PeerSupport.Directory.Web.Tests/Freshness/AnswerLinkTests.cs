using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Freshness;

/// <summary>The one-click answer page (/answer/{id}/{token}) as seen by someone holding a link it should not trust.</summary>
public sealed class AnswerLinkTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private async Task<string> LinkAsync(int id, string leadId = "no-such-lead")
    {
        var token = "";
        await app.WithScopeAsync(services =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            token = services.GetRequiredService<OneClickLinks>().Create(id, OneClickAction.Confirm, now.AddDays(30), leadId);
            return Task.CompletedTask;
        });
        return $"/answer/{id}/{token}";
    }

    [Theory]
    [InlineData(ListingStatus.Draft)]
    [InlineData(ListingStatus.Pending)]
    [InlineData(ListingStatus.Archived)]
    public async Task Guessing_answer_ids_reveals_nothing_about_a_listing_that_is_not_public(ListingStatus status)
    {
        var name = Unique($"Secret {status} Group");
        var listing = await app.AddListingAsync(Group(name), change: l => l.Status = status);
        var client = app.CreateBrowserLikeClient();

        foreach (var link in new[] { await LinkAsync(listing.Id), $"/answer/{listing.Id}/not-a-real-token" })
        {
            var response = await client.GetAsync(link);
            var page = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(name, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("awaiting review", page, StringComparison.Ordinal);
            Assert.Contains("This link no longer works", PageText.Of(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_valid_link_to_a_public_listing_still_names_it()
    {
        var name = Unique("Answerable Group");
        var leadId = await app.CreateLeadAsync($"{Guid.NewGuid():N}@example.com");
        var id = await app.PublishedListingAsync(name, leadId);

        var page = await app.CreateBrowserLikeClient().GetStringAsync(await LinkAsync(id, leadId));

        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains("Yes, it is still running", page, StringComparison.Ordinal);
    }
}
