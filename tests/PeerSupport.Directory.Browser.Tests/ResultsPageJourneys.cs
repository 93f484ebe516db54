using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// The results page in a real browser: refining and paging, place suggestions, "use my location"
/// and the map on request. Everything is checked with axe and nothing may leave the test server.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class ResultsPageJourneys(BrowserSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_person_refines_Leeds_results_by_day_and_a_must_have_reorders_them_and_pages_on()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        var heading = page.Locator("#results-heading");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Where?", Exact = true }).FillAsync("Leeds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();
        await Assertions.Expect(heading).ToContainTextAsync("of Leeds");
        var everything = ResultCount(await heading.InnerTextAsync());

        // Refine: a day (a filter) and a tag (a preference); every choice shows how many results it gives.
        await OpenRefineAsync(page);
        var refine = page.Locator("details.refine");
        await Assertions.Expect(refine.Locator(".count").First).ToHaveTextAsync(CountPattern());
        var days = page.GetByRole(AriaRole.Group, new() { Name = "Which days?" });
        var tuesday = days.GetByRole(AriaRole.Checkbox, new() { Name = "Tuesday" });
        var tuesdays = LabelCount(await days.Locator("label[for=day-tuesday]").InnerTextAsync());
        await tuesday.CheckAsync();
        await refine.Locator("details.dimension", new() { Has = page.Locator("#tag-women") }).Locator("summary").ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Women (", Exact = false }).First.CheckAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, "desktop-refine-open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update results" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/find\?.*tag=women.*day=Tuesday"));
        await Assertions.Expect(heading).ToContainTextAsync($"{tuesdays} results");
        Assert.True(tuesdays < everything, $"Tuesday ({tuesdays}) should narrow the {everything} Leeds results.");
        await Assertions.Expect(refine.Locator("summary").First).ToContainTextAsync("(2 chosen)");

        // Order by distance, then go to the second page: the refinements travel in every link.
        await OpenSearchAsync(page);
        await page.GetByLabel("Order results by").SelectOptionAsync(new SelectOptionValue { Label = "Nearest first" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Update results" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"sort=Distance"));
        await OpenSearchAsync(page);
        await Assertions.Expect(page.GetByLabel("Order results by")).ToHaveValueAsync("Distance");
        var firstOnPageOne = await page.Locator("ol.results > li h2").First.InnerTextAsync();
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of results" });
        await pager.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"page=2"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"day=Tuesday.*sort=Distance"));
        await Assertions.Expect(pager).ToContainTextAsync("Page 2 of");
        await Assertions.Expect(page.Locator("ol.results > li").First).ToBeVisibleAsync();
        Assert.NotEqual(firstOnPageOne, await page.Locator("ol.results > li h2").First.InnerTextAsync());
        await visit.AssertNoAccessibilityViolationsAsync();
        await pager.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await Assertions.Expect(pager).ToContainTextAsync("Page 1 of");

        // "Must have" is offered beside a chosen preference; ticking it keeps only groups for women.
        await OpenRefineAsync(page);
        await page.Locator("label[for=must-women]").ClickAsync();
        await Assertions.Expect(page.Locator("#must-women")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Update results" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"must=women"));
        await Assertions.Expect(heading).Not.ToContainTextAsync($"{tuesdays} results");
        Assert.True(ResultCount(await heading.InnerTextAsync()) < tuesdays);
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, "desktop-refined-must-have");

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task A_person_types_Newp_picks_Newport_in_Wales_from_the_suggestions_with_the_keyboard_and_searches_there()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;

        await page.GotoAsync("/");
        var where = page.GetByRole(AriaRole.Combobox, new() { Name = "Where?", Exact = true });
        await where.PressSequentiallyAsync("Newp", new() { Delay = 60 });

        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Places" });
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(where).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(list.GetByRole(AriaRole.Option)).ToHaveCountAsync(8);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "places found" })).ToContainTextAsync("8 places found");
        // The city first: suggestions put the exact name's most important place at the top.
        await Assertions.Expect(list.GetByRole(AriaRole.Option).First).ToHaveTextAsync("Newport, Newport, Wales");

        var wales = list.GetByRole(AriaRole.Option, new() { Name = "Newport, Newport, Wales" });
        await where.PressAsync("ArrowDown");
        await Assertions.Expect(wales).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await wales.GetAttributeAsync("id"), await where.GetAttributeAsync("aria-activedescendant"));
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, "desktop-place-suggestions");

        await where.PressAsync("Enter");
        await Assertions.Expect(where).ToHaveValueAsync("Newport, Newport, Wales");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(where).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);

        await where.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/find\?where=Newport%2C(\+|%20)Newport%2C(\+|%20)Wales"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Peer support near Newport");
        await visit.AssertNoAccessibilityViolationsAsync();

        // Escape closes the list without choosing.
        await OpenSearchAsync(page);
        var again = page.GetByRole(AriaRole.Combobox, new() { Name = "Where?", Exact = true });
        await again.FillAsync("");
        await again.PressSequentiallyAsync("Leed", new() { Delay = 60 });
        await Assertions.Expect(list).ToBeVisibleAsync();
        await again.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(again).ToHaveValueAsync("Leed");

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task Use_my_location_searches_near_the_person_with_coordinates_rounded_to_about_a_kilometre()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Phone, location: new Geolocation { Latitude = 53.80123f, Longitude = -1.54876f });
        var page = visit.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use my location" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/find\?where=53\.80%2C(\+|%20)-1\.55(&|$)"));
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("of your location");
        Assert.DoesNotContain(visit.Requests, url => url.Contains("53.801", StringComparison.Ordinal) || url.Contains("1.548", StringComparison.Ordinal));
        await visit.AssertNoAccessibilityViolationsAsync();

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task Without_JavaScript_Where_is_a_plain_field_with_no_location_button_and_the_map_page_still_lists_results()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop, javaScript: false);
        var page = visit.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Where?", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Where?", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use my location" })).ToHaveCountAsync(0);

        await page.GotoAsync("/find?where=Leeds&map=1");
        await Assertions.Expect(page.Locator("ol.results > li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hide map" })).ToBeVisibleAsync();
        // (axe needs JavaScript, so it runs on the same pages in the tests above.)

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task The_map_loads_nothing_until_asked_for_then_leaflet_comes_from_the_site_and_tiles_from_the_tile_server()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        var tileOrigin = site.App.RootUri.GetLeftPart(UriPartial.Authority);

        var plain = await page.GotoAsync("/find?where=Leeds");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotNull(plain);
        Assert.DoesNotContain(tileOrigin, (await plain.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.DoesNotContain(visit.Requests, url => url.Contains("/tiles/", StringComparison.Ordinal) || url.Contains("leaflet", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("#results-map")).ToHaveCountAsync(0);

        var tile = page.WaitForRequestAsync(new Regex(@"/tiles/\d+/\d+/\d+\.png$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Show map" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/find\?where=Leeds&map=1$"));
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map of where the groups on this page meet", Exact = false });
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map).ToHaveClassAsync(new Regex("leaflet-container"));
        await Assertions.Expect(map.Locator(".map-pin").First).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator(".map-pin").First).ToHaveTextAsync("1");
        await Assertions.Expect(map.Locator(".leaflet-control-attribution")).ToContainTextAsync("OpenStreetMap contributors");
        await tile;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var site1 = site.App.RootUri.GetLeftPart(UriPartial.Authority);
        Assert.Contains(visit.Requests, url => url.StartsWith($"{site1}/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        Assert.Contains(visit.Requests, url => url.StartsWith($"{site1}/lib/leaflet/leaflet.css", StringComparison.Ordinal));
        Assert.Empty(blocked);
        // The list stays the main content, numbered like the pins.
        await Assertions.Expect(page.Locator("ol.results.numbered > li").First).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, "desktop-results-map");

        // Paging keeps the map; "Hide map" takes it away again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"map=1"));
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ol.results.numbered")).ToHaveAttributeAsync("start", "21");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hide map" }).ClickAsync();
        await Assertions.Expect(page.Locator("#results-map")).ToHaveCountAsync(0);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(@"map=1"));

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task Place_suggestions_answer_json_ProblemDetails_for_a_bad_query_and_never_log_what_was_typed()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var api = visit.Page.APIRequest;

        var answer = await api.GetAsync("/places/suggest?q=Zzxqnewp");
        Assert.Equal(200, answer.Status);
        Assert.Equal("no-store", answer.Headers["cache-control"]);
        Assert.Equal("{\"places\":[]}", await answer.TextAsync());

        var newport = await (await api.GetAsync("/places/suggest?q=newp")).JsonAsync();
        var labels = newport!.Value.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("label").GetString()).ToList();
        Assert.Equal(8, labels.Count);
        Assert.Contains("Newport, Newport, Wales", labels);
        Assert.All(labels, label => Assert.StartsWith("Newport", label, StringComparison.Ordinal));

        var tooLong = await api.GetAsync($"/places/suggest?q={new string('q', 101)}");
        Assert.Equal(400, tooLong.Status);
        Assert.StartsWith("application/problem+json", tooLong.Headers["content-type"], StringComparison.Ordinal);

        Assert.DoesNotContain(site.App.Logs, line => line.Contains("Zzxqnewp", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>On a results page the search is folded into one line; this opens it.</summary>
    internal static async Task OpenSearchAsync(IPage page)
    {
        var folded = page.Locator("details.search-change");
        if (await folded.CountAsync() > 0 && await folded.GetAttributeAsync("open") is null)
        {
            await folded.Locator("summary").First.ClickAsync();
            await Assertions.Expect(folded).ToHaveAttributeAsync("open", "");
        }
    }

    private static async Task OpenRefineAsync(IPage page)
    {
        await OpenSearchAsync(page);
        var refine = page.Locator("details.refine");
        if (await refine.GetAttributeAsync("open") is null)
        {
            await refine.Locator("summary").First.ClickAsync();
        }
        await Assertions.Expect(refine).ToHaveAttributeAsync("open", "");
    }

    private static int ResultCount(string heading) => int.Parse(LeadingNumber().Match(heading).Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int LabelCount(string label) => int.Parse(CountPattern().Match(label).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex CountPattern();

    private async Task SaveScreenshotAsync(Visit visit, string name) =>
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync(name)}");
}
