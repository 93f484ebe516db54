using System.Net;
using System.Text.RegularExpressions;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>
/// The results page's refine panel and "no results" help, over the demo data: the counts beside
/// filter values, "Must have", relaxations that keep their promise, and a search that lives
/// entirely in its URL.
/// </summary>
public sealed partial class RefineAndRelaxTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task The_count_beside_each_day_is_the_number_of_results_when_that_day_is_chosen()
    {
        const string search = "/find?where=Leeds&miles=25";
        var html = await client.GetStringAsync(search);
        var checkedSome = 0;
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            var count = CountBeside(html, $"day-{day.ToLowerInvariant()}");
            Assert.Equal(count, Total(await client.GetStringAsync($"{search}&day={day}")));
            checkedSome += count > 0 ? 1 : 0;
        }
        Assert.True(checkedSome >= 3, "The demo data should have groups on several days round Leeds.");
    }

    [Fact]
    public async Task Counts_beside_other_filters_match_the_results_they_give_alongside_a_chosen_filter()
    {
        // With one filter chosen, each other value's count says what adding it would give.
        const string search = "/find?where=Bristol&miles=10&join=DropIn";
        var html = await client.GetStringAsync(search);
        foreach (var (id, parameter) in new[] { ("cost-free", "cost=Free"), ("time-evening", "time=Evening"), ("run-peerled", "run=PeerLed") })
        {
            Assert.Equal(CountBeside(html, id), Total(await client.GetStringAsync($"{search}&{parameter}")));
        }
    }

    [Fact]
    public async Task A_chosen_tag_offers_must_have_and_must_narrows_to_its_count()
    {
        var unchosen = await client.GetStringAsync("/find?where=Leeds");
        Assert.DoesNotContain("name=\"must\" value=\"lgbt-plus\"", unchosen, StringComparison.Ordinal);

        var preferred = await client.GetStringAsync("/find?where=Leeds&tag=lgbt-plus");
        Assert.Contains("name=\"must\" value=\"lgbt-plus\"", preferred, StringComparison.Ordinal);
        Assert.Contains("Must have", PageText.Of(preferred), StringComparison.Ordinal);
        var withTag = CountBeside(preferred, "tag-lgbt-plus");
        var all = Total(preferred);
        Assert.InRange(withTag, 1, all - 1);
        // A preference ranks but leaves everyone in: the first result shares it.
        Assert.Contains("Rainbow Minds Leeds", FirstResults(preferred, 6));

        var must = await client.GetStringAsync("/find?where=Leeds&tag=lgbt-plus&must=lgbt-plus");
        Assert.Equal(withTag, Total(must));
        Assert.Matches("name=\"must\" value=\"lgbt-plus\" checked", must);
    }

    [Theory]
    [InlineData("/find?where=Leeds&tag=bipolar&must=bipolar&day=Sunday&local=true")]
    [InlineData("/find?where=Leeds&tag=ward-visiting&must=ward-visiting&local=true")]
    [InlineData("/find?where=Leeds&q=menopause&local=true")]
    public async Task A_search_with_no_results_offers_relaxations_that_give_the_promised_number(string search)
    {
        var html = await client.GetStringAsync(search);
        Assert.Equal(0, Total(html));
        var offers = Relaxations().Matches(html).Select(m => (Href: WebUtility.HtmlDecode(m.Groups["href"].Value), Words: m.Groups["words"].Value, Count: int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(offers.Count >= 2, $"Expected several ways forward, got: {string.Join("; ", offers.Select(o => o.Words))}");
        foreach (var offer in offers)
        {
            Assert.True(offer.Count > 0, $"\"{offer.Words}\" promises no results.");
            Assert.StartsWith("/find?", offer.Href, StringComparison.Ordinal);
            var followed = await client.GetStringAsync(offer.Href);
            Assert.True(offer.Count == Total(followed), $"\"{offer.Words}\" ({offer.Href}) promised {offer.Count} results and gave {Total(followed)}.");
        }
    }

    [Fact]
    public async Task The_whole_search_round_trips_through_page_links()
    {
        const string search = "/find?where=Leeds&miles=25&tag=lgbt-plus&format=online&cost=Free&sort=Distance";
        var html = await client.GetStringAsync(search);
        Assert.True(Total(html) > 20, "This search should need more than one page.");
        var next = WebUtility.HtmlDecode(NextPage().Match(html).Groups["href"].Value);
        foreach (var part in new[] { "where=Leeds", "miles=25", "tag=lgbt-plus", "format=online", "cost=Free", "sort=Distance", "page=2" })
        {
            Assert.Contains(part, next, StringComparison.Ordinal);
        }

        var second = await client.GetStringAsync(next);
        Assert.Equal(Total(html), Total(second));
        Assert.Contains("value=\"Leeds\"", second, StringComparison.Ordinal);
        Assert.Matches("name=\"tag\" value=\"lgbt-plus\" checked", second);
        Assert.Matches("name=\"format\" value=\"online\" checked", second);
        Assert.Matches("name=\"cost\" value=\"Free\" checked", second);
        Assert.Matches("value=\"Distance\" selected", second);
        Assert.Matches("<option value=\"25\" selected", second);
        // Page 2 shows the next results: none of page 1's, and a link back to it.
        var firstPage = FirstResults(html, 20);
        var secondPage = FirstResults(second, 20);
        Assert.Equal(20, firstPage.Count);
        Assert.NotEmpty(secondPage);
        Assert.Empty(firstPage.Intersect(secondPage));
        Assert.Contains("Previous", PageText.Of(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_meeting_first_orders_results_by_when_they_next_meet()
    {
        // Weekly at noon on different days, imported out of order; the expected order is worked out from the real clock.
        var days = new[] { DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Sunday, DayOfWeek.Tuesday };
        await app.ImportAsync(days.Select(d => Weekly($"Zephyrine {d} Circle", d)).ToArray());
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime;
        DateTime Next(DayOfWeek day)
        {
            var date = now.Date.AddDays(((int)day - (int)now.DayOfWeek + 7) % 7).AddHours(12);
            return date <= now ? date.AddDays(7) : date;
        }
        var expected = days.OrderBy(Next).Select(d => $"Zephyrine {d} Circle").ToList();

        var html = await client.GetStringAsync("/find?q=zephyrine&sort=NextMeeting");
        Assert.Equal(expected, FirstResults(html, 10));
        Assert.NotEqual(expected, FirstResults(await client.GetStringAsync("/find?q=zephyrine&sort=BestMatch"), 10));
    }

    [Theory]
    [InlineData("/find?where=Leeds&day=Funday")]
    [InlineData("/find?where=Leeds&time=Midnight&join=Teleport&cost=Lots&run=Robots&access=Jetpack&sort=Sideways")]
    [InlineData("/find?where=Leeds&miles=many&page=-3&local=perhaps")]
    public async Task An_invalid_value_in_the_url_does_not_crash_the_page(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("results-heading", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static ListingRecord Weekly(string name, DayOfWeek day)
    {
        var record = TestListings.Group(name, 53.7990, -1.5500);
        record.Schedules = [new ScheduleRecord { Kind = "Weekly", Day = day.ToString(), Start = "12:00", End = "13:00" }];
        return record;
    }

    private static int Total(string html)
    {
        var match = Heading().Match(html);
        Assert.True(match.Success, "The page shows no results heading.");
        return int.Parse(match.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int CountBeside(string html, string id)
    {
        var match = Regex.Match(html, $"<label for=\"{Regex.Escape(id)}\">[^<]*<span class=\"count\">\\((?<count>\\d+)\\)</span>");
        Assert.True(match.Success, $"No count beside {id}.");
        return int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> FirstResults(string html, int count) =>
        ResultName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value)).Take(count).ToList();

    [GeneratedRegex("<h2 id=\"results-heading\">\\s*(?<total>\\d+) result")]
    private static partial Regex Heading();

    [GeneratedRegex("<li><a href=\"(?<href>[^\"]+)\">(?<words>[^<]+)</a> \\((?<count>\\d+) results?\\)</li>")]
    private static partial Regex Relaxations();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" rel=\"next\"")]
    private static partial Regex NextPage();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" rel=\"prev\"")]
    private static partial Regex PreviousPage();

    [GeneratedRegex("<h2><a href=\"/groups/\\d+/[^\"]*\">(?<name>[^<]+)</a></h2>")]
    private static partial Regex ResultName();
}
