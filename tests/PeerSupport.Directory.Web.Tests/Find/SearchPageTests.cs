using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Find;

public sealed class PublicPagesTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task Home_page_offers_the_search_form_the_crisis_line_and_quick_exit()
    {
        var html = await client.GetStringAsync("/");
        Assert.Contains("name=\"where\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"tag\" value=\"lgbt-plus\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"format\" value=\"online\"", html, StringComparison.Ordinal);
        Assert.Contains("Samaritans", html, StringComparison.Ordinal);
        Assert.Contains("data-quick-exit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_near_a_place_lists_the_nearest_group_first_with_distance_and_next_meeting()
    {
        await app.ImportAsync(
            TestListings.Group("Quillfeather Far Group", 53.8400, -1.6500),
            TestListings.Group("Quillfeather Near Group", 53.7990, -1.5500));

        var html = await client.GetStringAsync("/find?where=Leeds&miles=10&q=quillfeather&local=true");

        var text = PageText.Of(html);
        Assert.Contains("2 results within 10 miles of Leeds", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Quillfeather Near Group", StringComparison.Ordinal) < text.IndexOf("Quillfeather Far Group", StringComparison.Ordinal));
        Assert.Contains("miles away, in Leeds", text, StringComparison.Ordinal);
        Assert.Contains("Every Wednesday, 6pm to 8pm", text, StringComparison.Ordinal);
        Assert.Contains("Anyone who hears voices.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_gets_a_clear_message_and_keeps_what_was_typed()
    {
        var html = await client.GetStringAsync("/find?where=Nowhereville");
        Assert.Contains("We couldn&#x27;t find a place called &quot;Nowhereville&quot;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nowhereville\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"results\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_place_offers_a_choice()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=Richmond"));
        Assert.Contains("There is more than one Richmond", text, StringComparison.Ordinal);
        Assert.Contains("Richmond, Greater London, England", text, StringComparison.Ordinal);
        Assert.Contains("Richmond, North Yorkshire, England", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_name_with_a_clear_winner_is_searched_at_once_with_the_others_offered()
    {
        var html = await client.GetStringAsync("/find?where=Newport");
        var text = PageText.Of(html);
        Assert.Contains("Near Newport, Newport, Wales", text, StringComparison.Ordinal);
        Assert.Contains("Did you mean", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/find?where=Newport%2C%20Isle%20of%20Wight%2C%20England\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_place_is_read_as_the_place_and_says_so()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=Sheffeild"));
        Assert.Contains("“Sheffeild” read as Sheffield", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_page_shows_the_group_and_its_short_link_leads_there()
    {
        await app.ImportAsync(TestListings.Group("Marigold Voices Circle", 53.80, -1.55));
        var (id, code) = await ListingAsync("Marigold Voices Circle");

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
        await app.ImportAsync(TestListings.Group("Pending Pelican Group", 53.80, -1.55, status: "Pending"));
        var (id, _) = await ListingAsync("Pending Pelican Group");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/groups/{id}/pending-pelican-group")).StatusCode);
        Assert.DoesNotContain("Pending Pelican", await client.GetStringAsync("/find?q=pelican"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_page_explains_what_is_kept()
    {
        var text = PageText.Of(await client.GetStringAsync("/privacy"));
        Assert.Contains("We don't store it", text, StringComparison.Ordinal);
    }

    private async Task<(int Id, string Code)> ListingAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var listing = await db.Listings.SingleAsync(l => l.Name == name);
        return (listing.Id, listing.ShortCode);
    }
}
