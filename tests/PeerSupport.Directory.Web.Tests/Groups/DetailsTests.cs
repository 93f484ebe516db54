using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Listings;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Groups;

/// <summary>A group's public page: what it shows, its short link and old addresses, and when it is not public.</summary>
public sealed class DetailsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task A_group_page_shows_the_group_and_its_short_link_leads_there()
    {
        var listing = await app.AddListingAsync(Group("Marigold Voices Circle"));
        var (id, code) = (listing.Id, listing.ShortCode);

        var page = await client.GetAsync($"/groups/{id}/marigold-voices-circle");
        var shortLink = await client.GetAsync($"/g/{code}");
        var oldSlug = await client.GetAsync($"/groups/{id}/old-name");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var text = PageText.Of(html);
        Assert.Contains("Marigold Voices Circle", text, StringComparison.Ordinal);
        Assert.Contains("Just turn up", text, StringComparison.Ordinal);
        Assert.Contains($"<input id=\"share-link\" type=\"text\" readonly value=\"http://localhost:5080/g/{code}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, shortLink.StatusCode);
        Assert.Equal($"/groups/{id}/marigold-voices-circle", shortLink.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldSlug.StatusCode);
    }

    [Fact]
    public async Task Every_group_page_offers_report_and_claim_but_messages_only_when_the_group_accepts_them()
    {
        var quiet = await app.PublishedListingAsync(Unique("No Messages Group"));
        var open = (await app.AddListingAsync(Group(Unique("Open Messages Group")), change: l => l.AcceptsMessages = true)).Id;

        var quietPage = await client.GroupPageAsync(quiet);
        var openPage = await client.GroupPageAsync(open);

        Assert.Contains($"href=\"/groups/{quiet}/report\"", quietPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/lead/claim/{quiet}\"", quietPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/groups/{quiet}/message", quietPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/groups/{open}/message\"", openPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/groups/{quiet}/message")).StatusCode);
    }

    [Fact]
    public async Task A_renamed_group_answers_on_its_old_address_and_short_link_with_permanent_redirects()
    {
        var listing = await app.AddListingAsync(Group("Sharing Rename Circle"));
        await app.WithDbAsync(async db =>
        {
            var renamed = await db.Listings.SingleAsync(l => l.Id == listing.Id);
            (renamed.Name, renamed.Slug) = ("Sharing Renamed Circle", Slug.From("Sharing Renamed Circle"));
            await db.SaveChangesAsync();
        });

        var old = await client.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=library");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/groups/{listing.Id}/sharing-renamed-circle?via=library", old.Headers.Location?.ToString());
        var shortLink = await client.GetAsync($"/g/{listing.ShortCode}");
        Assert.Equal($"/groups/{listing.Id}/sharing-renamed-circle", shortLink.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_group_page_previews_well_in_messaging_apps_without_a_venue_kept_on_request()
    {
        var listing = await app.AddListingAsync(Group("Sharing Preview Group"), change: l => l.AddressOnRequest = true);
        var html = await client.GetStringAsync($"/groups/{listing.Id}/{listing.Slug}");

        Assert.Contains("<meta property=\"og:title\" content=\"Sharing Preview Group\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost:5080/groups/{listing.Id}/{listing.Slug}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Test Hall", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_group_gets_a_friendly_404_page()
    {
        var response = await client.GetAsync("/groups/999999/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn't find that page", PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/g/zzzzzzz")).StatusCode);
    }

    [Fact]
    public async Task A_listing_awaiting_moderation_is_not_public()
    {
        var id = await app.PendingListingAsync("Pending Pelican Group");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/groups/{id}/pending-pelican-group")).StatusCode);
        Assert.DoesNotContain("Pending Pelican", await client.GetStringAsync("/find?q=pelican"), StringComparison.Ordinal);
    }
}
