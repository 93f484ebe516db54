using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A person adding a group's meetings to their calendar from the group page, on a phone.</summary>
[Collection(BrowserCollection.Name)]
public class CalendarJourneys(BrowserSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task On_a_phone_the_group_page_offers_its_calendar_as_a_download_and_a_subscription()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Phone);
        var page = visit.Page;
        await page.GotoAsync("/find?where=Leeds");
        await page.Locator("ol.results > li").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Add to your calendar" });
        var add = section.GetByRole(AriaRole.Link, new() { Name = "Add to calendar", Exact = true });
        var subscribe = section.GetByRole(AriaRole.Link, new() { Name = "Subscribe in your calendar app" });
        await Assertions.Expect(add).ToBeVisibleAsync();
        await Assertions.Expect(subscribe).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^webcal://.+/calendar\\.ics$"));
        await visit.AssertNoAccessibilityViolationsAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px.");
        await section.ScrollIntoViewIfNeededAsync();
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync("phone-group-calendar", firstScreen: true)}");

        var download = await page.RunAndWaitForDownloadAsync(() => add.ClickAsync());
        var path = await download.PathAsync();

        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", await File.ReadAllTextAsync(path!), StringComparison.Ordinal);
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }
}
