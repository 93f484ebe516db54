using System.Net;
using System.Text.RegularExpressions;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>
/// A results URL asks no more than a person could (issue 14): repeated values, page depth and
/// the radius are bounded by <see cref="SearchQuery"/>, and the page says what it used. Empty
/// and blank values are <see cref="Site.HostileRequestTests"/>; a listing's own radius is
/// bounded in <c>ListingRecordParser</c> and <c>AreaShapes.EffectiveRadiusKm</c> (core tests).
/// </summary>
public sealed partial class SearchBoundsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Theory]
    [InlineData("tag", true)]
    [InlineData("format", true)]
    [InlineData("must", true)]
    [InlineData("activity", false)]
    public async Task Thirty_values_of_one_key_are_read_as_the_first_twenty_five_and_the_page_still_answers(string key, bool preference)
    {
        var url = "/find?" + string.Join('&', Enumerable.Range(1, 30).Select(i => $"{key}=value-{i:00}"));

        var response = await client.GetAsync(url);
        var text = PageText.Of(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{SearchQuery.MaxValues} choices", text, StringComparison.Ordinal);
        // Unknown preferences rank nothing and leave every listing in (a must counts only for a chosen
        // preference); activities are a filter, and unknown ones leave none.
        Assert.Equal(preference, Total(text) > 0);
    }

    [Theory]
    [InlineData("999999", SearchQuery.MaxPage)]
    [InlineData("51", SearchQuery.MaxPage)]
    [InlineData("-5", 1)]
    [InlineData("0", 1)]
    public async Task A_page_number_beyond_the_bounds_is_read_as_the_nearest_one_allowed(string page, int shown)
    {
        var response = await client.GetAsync($"/find?page={page}");
        var text = PageText.Of(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($@"Page {shown} of \d+", text);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    [InlineData("1e308")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("2147483647")]
    [InlineData("7")]
    public async Task A_distance_the_page_does_not_offer_is_searched_as_ten_miles_and_the_page_says_so(string miles)
    {
        var response = await client.GetAsync($"/find?where=Leeds&miles={Uri.EscapeDataString(miles)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"\d+ results? within 10 miles of Leeds", PageText.Of(html));
        Assert.Contains("<option value=\"10\" selected", html, StringComparison.Ordinal);
    }

    private static int Total(string text)
    {
        var match = Heading().Match(text);
        Assert.True(match.Success, "The page shows no results heading.");
        return int.Parse(match.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<total>\d+) results?\b")]
    private static partial Regex Heading();
}
