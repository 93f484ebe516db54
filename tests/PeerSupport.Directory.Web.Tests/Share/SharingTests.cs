using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Tests.Share;

public sealed partial class SharingTests(TimeTravelDirectoryApp app) : IClassFixture<TimeTravelDirectoryApp>
{
    private Task<Listing> ImportedAsync(string name, Action<Listing>? change = null) =>
        app.AddListingAsync(TestListings.Group(name, 53.79, -1.54), change: change);

    private async Task<List<ListingDailyCount>> CountsAsync(int listingId)
    {
        List<ListingDailyCount> counts = [];
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DirectoryDbContext>();
            await services.GetRequiredService<ListingCounts>().FlushAsync(db);
            counts = await db.ListingDailyCounts.Where(c => c.ListingId == listingId).ToListAsync();
        });
        return counts;
    }

    [Fact]
    public async Task Shares_and_views_are_counted_as_daily_totals_with_and_without_a_via_tag()
    {
        var listing = await ImportedAsync("Sharing Count Group");
        var client = app.CreateBrowserLikeClient();

        var whatsapp = await client.GetAsync($"/g/{listing.ShortCode}/share/whatsapp?via=st-annes-surgery");
        Assert.Equal(HttpStatusCode.Redirect, whatsapp.StatusCode);
        Assert.Equal($"https://wa.me/?text={Uri.EscapeDataString($"Sharing Count Group: http://localhost:5080/g/{listing.ShortCode}?via=st-annes-surgery")}", whatsapp.Headers.Location?.OriginalString);
        var email = await client.GetAsync($"/g/{listing.ShortCode}/share/email");
        Assert.StartsWith("mailto:?subject=Sharing%20Count%20Group", email.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await client.GetAsync($"/g/{listing.ShortCode}/share/text");
        await client.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=st-annes-surgery");
        await client.GetAsync($"/groups/{listing.Id}/{listing.Slug}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/g/{listing.ShortCode}/share/pigeon")).StatusCode);

        var counts = await CountsAsync(listing.Id);
        Assert.Equal(1, counts.Single(c => c.Kind == CountKind.Share && c.Via == "st-annes-surgery").Count);
        Assert.Equal(2, counts.Single(c => c.Kind == CountKind.Share && c.Via == "").Count);
        Assert.Equal(1, counts.Single(c => c.Kind == CountKind.View && c.Via == "st-annes-surgery").Count);
        Assert.Equal(1, counts.Single(c => c.Kind == CountKind.View && c.Via == "").Count);
        Assert.False(whatsapp.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_referrer_who_types_a_tag_that_is_not_one_is_told_the_format_and_keeps_what_they_typed()
    {
        var listing = await ImportedAsync("Sharing Tag Typo Group");

        var html = await app.CreateBrowserLikeClient().GetStringAsync($"/g/{listing.ShortCode}/tag?via=Dr%20J.%20Smith");

        Assert.Contains($"Type a tag of {ViaTag.Format}.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"Dr J. Smith\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?via=", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referrers_tag_is_written_into_the_groups_link_lower_cased()
    {
        var listing = await ImportedAsync("Sharing Tag Made Group");

        var html = WebUtility.HtmlDecode(await app.CreateBrowserLikeClient().GetStringAsync($"/g/{listing.ShortCode}/tag?via=St-Annes-Surgery"));

        Assert.Contains($"value=\"http://localhost:5080/g/{listing.ShortCode}?via=st-annes-surgery\"", html, StringComparison.Ordinal);
        Assert.Contains($"/g/{listing.ShortCode}/share/whatsapp?via=st-annes-surgery", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_whose_tag_is_not_a_tag_leads_to_the_group_without_it_and_counts_untagged()
    {
        var listing = await ImportedAsync("Sharing Bad Tag Group");
        var client = app.CreateBrowserLikeClient();

        var redirect = await client.GetAsync($"/g/{listing.ShortCode}?via=Jane%20Smith%2007700900123");
        Assert.Equal($"/groups/{listing.Id}/{listing.Slug}", redirect.Headers.Location?.OriginalString);
        await client.GetAsync($"/groups/{listing.Id}/{listing.Slug}?via=jane_smith");

        Assert.Equal([("", 1)], (await CountsAsync(listing.Id)).Select(c => (c.Via, c.Count)));
    }

    [Fact]
    public async Task A_group_prints_as_a_sheet_and_as_cards_with_its_short_link_and_qr_code()
    {
        var listing = await ImportedAsync("Sharing Print Group");
        foreach (var format in new[] { "sheet", "card" })
        {
            var html = WebUtility.HtmlDecode(await app.CreateBrowserLikeClient().GetStringAsync($"/g/{listing.ShortCode}/{format}"));
            Assert.Contains($"http://localhost:5080/g/{listing.ShortCode}", html, StringComparison.Ordinal);
            Assert.Contains("src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
            Assert.Contains("Sharing Print Group", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_referrer_makes_a_list_shares_it_read_only_and_it_shows_each_groups_status()
    {
        var first = await ImportedAsync("Sharing List First");
        var second = await ImportedAsync("Sharing List Second");
        var referrer = app.CreateBrowserLikeClient();

        var started = await referrer.PostFormAsync($"/lists/new?listing={first.Id}", new Dictionary<string, string> { ["Listing"] = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var editUrl = started.Headers.Location!.ToString();
        Assert.StartsWith("/lists/edit/", editUrl, StringComparison.Ordinal);

        var results = await referrer.GetStringAsync("/find?q=%22Sharing%20List%22");
        Assert.Contains("On your list", results, StringComparison.Ordinal);
        Assert.Contains("Add to list<span class=\"visually-hidden\">: Sharing List Second", results, StringComparison.Ordinal);
        var added = await referrer.PostFormAsync("/find?q=%22Sharing%20List%22", new Dictionary<string, string> { ["ListingId"] = second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ReturnUrl"] = "/find?q=x" }, action: "/lists/add");
        Assert.Equal("/find?q=x", added.Headers.Location?.ToString());

        await app.WithDbAsync(db => db.Listings.Where(l => l.Id == second.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.Status, ListingStatus.Lapsed)));
        var saved = await referrer.PostFormAsync(editUrl, new Dictionary<string, string> { ["Note"] = "These two meet near the station." }, action: $"{editUrl}?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await referrer.GetStringAsync(editUrl);
        var publicUrl = new Uri(PublicLink().Match(edit).Value).PathAndQuery;

        var reader = app.CreateBrowserLikeClient();
        var page = await reader.GetStringAsync(publicUrl);
        Assert.Contains("These two meet near the station.", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Sharing List First", StringComparison.Ordinal) < page.IndexOf("Sharing List Second", StringComparison.Ordinal));
        Assert.Contains("This group is may have stopped", PageText.Of(page).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", page[page.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("data:image/svg+xml;base64,", WebUtility.HtmlDecode(await reader.GetStringAsync($"{publicUrl}/print")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/lists/edit/not-the-key")).StatusCode);

        var tooLong = await referrer.PostFormAsync(editUrl, new Dictionary<string, string> { ["Note"] = new string('x', 501) }, action: $"{editUrl}?handler=Note");
        Assert.Contains("Keep the note under 500 characters.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("These two meet near the station.", await reader.GetStringAsync(publicUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_nobody_opens_for_a_year_expires_with_a_clear_page()
    {
        var listing = await ImportedAsync("Sharing Expiring Group");
        var referrer = app.CreateBrowserLikeClient();
        var editUrl = (await referrer.PostFormAsync($"/lists/new?listing={listing.Id}", new Dictionary<string, string> { ["Listing"] = listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Headers.Location!.ToString();
        var publicUrl = new Uri(PublicLink().Match(await referrer.GetStringAsync(editUrl)).Value).PathAndQuery;

        app.Clock.Advance(TimeSpan.FromDays(300));
        await app.CreateBrowserLikeClient().GetStringAsync(publicUrl);
        app.Clock.Advance(TimeSpan.FromDays(300));
        await ExpireAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().GetAsync(publicUrl)).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(366));
        Assert.True(await ExpireAsync() >= 1);
        Assert.Equal(0, await ExpireAsync());
        var gone = await app.CreateBrowserLikeClient().GetAsync(publicUrl);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("This list has expired", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await referrer.GetAsync(editUrl)).StatusCode);
        Assert.False(await app.DbAsync(db => db.ReferrerListItems.AnyAsync(i => i.ListingId == listing.Id)));
    }

    [Fact]
    public async Task Searching_without_a_list_sets_no_cookie_and_offers_no_list_buttons()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/find?where=Leeds");
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("Add to list", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> ExpireAsync()
    {
        var expired = 0;
        await app.WithScopeAsync(async services => expired = await services.GetRequiredService<ReferrerListExpiryJob>().RunAsync());
        return expired;
    }

    [GeneratedRegex(@"http://localhost:5080/l/[a-z0-9]{7}")]
    private static partial Regex PublicLink();
}
