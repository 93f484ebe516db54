using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A person looking for support, on a desktop and on a phone, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public class FindingSupportJourneys(BrowserSite site, ITestOutputHelper output)
{
    public static TheoryData<string> Screens => ["desktop", "phone"];

    [BrowserTheory]
    [MemberData(nameof(Screens))]
    public async Task A_person_searches_Leeds_for_LGBT_groups_and_opens_one_with_no_accessibility_violations(string screen)
    {
        await using var visit = await site.OpenAsync(ViewportFor(screen));
        var page = visit.Page;

        await page.GotoAsync("/");
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, $"{screen}-1-home");

        await page.GetByLabel("Where?", new() { Exact = true }).FillAsync("Leeds");
        await page.GetByText("What would you like to have in common?").ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "LGBT+", Exact = true })
            .GetByRole(AriaRole.Checkbox, new() { Name = "LGBT+", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/find\?.*where=Leeds.*tag=lgbt-plus"));
        var results = page.Locator("ol.results > li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, $"{screen}-2-results");

        var firstGroup = results.First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);
        var groupName = (await firstGroup.InnerTextAsync()).Trim();
        await firstGroup.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(groupName);
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, $"{screen}-3-group");

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task An_unknown_place_shows_a_clear_message_next_to_the_field_with_no_accessibility_violations()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;

        await page.GotoAsync("/");
        var where = page.GetByLabel("Where?", new() { Exact = true });
        await where.FillAsync("Nowhereville");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();

        await Assertions.Expect(page.Locator("#where-error")).ToContainTextAsync("Nowhereville");
        await Assertions.Expect(where).ToHaveAccessibleDescriptionAsync(new Regex("Nowhereville"));
        await Assertions.Expect(where).ToHaveValueAsync("Nowhereville");
        await visit.AssertNoAccessibilityViolationsAsync();
        await SaveScreenshotAsync(visit, "desktop-unknown-place");

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    /// <summary>
    /// Issue 12's journey on a phone: a sentence and a short place name, read as the person meant
    /// them, the first result on the first screen, and a way to undo the reading.
    /// </summary>
    [BrowserFact]
    public async Task On_a_phone_a_typed_sentence_and_a_short_place_name_lead_to_a_group_page()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Phone);
        var page = visit.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("Where?", new() { Exact = true }).FillAsync("Barrow");
        await page.GetByLabel("Anything else?").FillAsync("somewhere for dads in the evening");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find support" }).ClickAsync();

        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("of Barrow in Furness");
        await Assertions.Expect(page.Locator(".place-reading")).ToContainTextAsync("Did you mean Barrow upon Soar, Leicestershire");
        await Assertions.Expect(page.Locator(".reading")).ToContainTextAsync("Showing groups for Dads, in the evening first");
        var results = page.Locator("ol.results > li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync("phone-sentence-first-screen", firstScreen: true)}");
        await SaveScreenshotAsync(visit, "phone-sentence-results");
        // The search is one line, so the first result starts on the first screen.
        var top = await results.First.BoundingBoxAsync();
        Assert.True(top!.Y < BrowserSite.Phone.Height, $"The first result starts {top.Y} px down, below the first screen.");
        await visit.AssertNoAccessibilityViolationsAsync();

        // Each reading can be undone; the search as typed is one link away.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Don’t use “in the evening” as a choice" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Search the words “somewhere for dads in the evening” as typed" })).ToBeVisibleAsync();

        // The folded search opens with one tap and keeps what was typed.
        await page.Locator("details.search-change > summary").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Where?", new() { Exact = true })).ToHaveValueAsync("Barrow");

        var firstGroup = results.First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);
        var groupName = (await firstGroup.InnerTextAsync()).Trim();
        await firstGroup.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(groupName);
        await visit.AssertNoAccessibilityViolationsAsync();

        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    private static ViewportSize ViewportFor(string screen) => screen == "phone" ? BrowserSite.Phone : BrowserSite.Desktop;

    private async Task SaveScreenshotAsync(Visit visit, string name) =>
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync(name)}");
}
