using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>A lead's dashboard counts the views and shares of their listings, in daily totals only.</summary>
public sealed class DashboardTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Views_of_the_public_page_are_counted_on_the_dashboard_without_storing_who_viewed()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Foxglove Steps", userId);
        var visitor = app.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/groups/{id}/foxglove-steps")).StatusCode);
        }

        Assert.Contains("3 views, 0 shares", PageText.Of(await lead.GetStringAsync("/lead")), StringComparison.Ordinal);

        await app.WithScopeAsync(async services => await services.GetRequiredService<ListingCounts>().FlushAsync(services.GetRequiredService<DirectoryDbContext>()));
        await visitor.GetAsync($"/groups/{id}/foxglove-steps");

        Assert.Contains("4 views, 0 shares", PageText.Of(await lead.GetStringAsync("/lead")), StringComparison.Ordinal);
        Assert.Equal(3, (await app.DbAsync(db => db.ListingDailyCounts.SingleAsync(c => c.ListingId == id))).Count);
    }

    [Fact]
    public async Task A_lead_sees_views_and_shares_by_referrer_tag()
    {
        var userId = await app.CreateLeadAsync("tagged.lead@example.org");
        var listing = await app.AddListingAsync(TestListings.Group("Sharing Tagged Group"), [userId]);
        var visitor = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await visitor.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=library");
        }
        await visitor.GetAsync($"/g/{listing.ShortCode}/share/email?via=library");
        await visitor.GetAsync($"/g/{listing.ShortCode}/share/text?via=gp-surgery");

        var dashboard = await (await app.SignedInClientAsync("tagged.lead@example.org")).GetStringAsync("/lead");

        Assert.Contains("<tr><th scope=\"row\">library</th><td>5</td><td>1</td></tr>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Other tags</th><td>0</td><td>1</td></tr>", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_with_four_views_is_not_named_to_the_lead_but_its_views_stay_in_the_totals_and_one_with_five_is_named()
    {
        var userId = await app.CreateLeadAsync("threshold.lead@example.org");
        var listing = await app.AddListingAsync(TestListings.Group("Sharing Threshold Group"), [userId]);
        var visitor = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await visitor.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=library");
        }
        for (var i = 0; i < 4; i++)
        {
            await visitor.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=for-jane-doe");
        }

        var dashboard = await (await app.SignedInClientAsync("threshold.lead@example.org")).GetStringAsync("/lead");

        Assert.DoesNotContain("for-jane-doe", dashboard, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">library</th><td>5</td><td>0</td></tr>", dashboard, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Other tags</th><td>4</td><td>0</td></tr>", dashboard, StringComparison.Ordinal);
        Assert.Contains("9 views, 0 shares", PageText.Of(dashboard), StringComparison.Ordinal);
    }
}
