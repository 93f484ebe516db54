using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Tests.Lead;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// A <c>?handler=</c> the page does not have (Safety/UnknownHandlerFilter): a GET shows the page as
/// the plain GET does, a POST is answered 404 with the kind page and does nothing (not the plain
/// save, not a page with nothing loaded).
/// </summary>
public sealed partial class UnknownHandlerTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/find?where=Leeds")]
    [InlineData("/account/login")]
    [InlineData("/account/set-password?user=nobody&code=nothing")]
    public async Task An_unknown_handler_on_a_get_shows_the_page_as_the_plain_get_does(string url)
    {
        var plain = await client.GetAsync(url);
        var asked = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=nonsense");

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(TitleOf(await plain.Content.ReadAsStringAsync()), TitleOf(await asked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_unknown_handler_on_a_short_list_shows_the_list_on_a_get_and_is_not_found_on_a_post()
    {
        var id = await app.PublishedListingAsync(TestListings.Unique("Listed Group"));
        var started = await client.PostFormAsync($"/lists/new?listing={id}", new Dictionary<string, string> { ["Listing"] = $"{id}" });
        var editUrl = started.Headers.Location!.OriginalString;

        var get = await client.GetAsync($"{editUrl}?handler=nonsense");
        var post = await client.PostFormAsync(editUrl, [], action: $"{editUrl}?handler=nonsense");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("Your short list", TitleOf(await get.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("Page not found", PageText.Of(await post.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_handler_on_the_listing_editor_shows_the_listing_on_a_get_and_saves_nothing_on_a_post()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var name = TestListings.Unique("Handler Group");
        var id = await app.PublishedListingAsync(name, userId);

        var get = await lead.GetAsync($"/lead/{id}/edit?handler=nonsense");
        var post = await lead.PostFormAsync($"/lead/{id}/edit", ListingFormFields.EveryField(TestListings.Unique("Typed Name")), action: $"/lead/{id}/edit?handler=nonsense");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains($"value=\"{name}\"", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(name, (await app.ReadListingAsync(id)).Name);
    }

    [Fact]
    public async Task An_unknown_handler_on_a_public_form_post_is_not_found_and_sends_nothing()
    {
        var id = await app.PublishedListingAsync(TestListings.Unique("Handler Report Group"));

        var post = await client.PostFormAsync($"/groups/{id}/report", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Closed",
            ["Input.Details"] = "The group has closed.",
        }, action: $"/groups/{id}/report?handler=nonsense");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.ProblemReports.CountAsync(r => r.ListingId == id)));
    }

    private static string TitleOf(string html) => WebUtility.HtmlDecode(Title().Match(html).Groups[1].Value);

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();
}
