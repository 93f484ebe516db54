using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerSupport.Directory.Accounts;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A group lead lists a new group, a moderator approves it, and a person finds it: three people, three browsers.</summary>
[Collection(BrowserCollection.Name)]
public class LeadAndModerationJourneys(BrowserSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_lead_lists_a_group_a_moderator_approves_it_and_a_person_finds_it()
    {
        const string name = "Kite Flyers Peer Circle";
        await site.App.CreateLeadAsync("kite.lead@example.org");
        await site.App.CreateUserAsync("kite.moderator@example.org", Roles.Moderator);

        await using var lead = await site.OpenAsync(BrowserSite.Desktop);
        await site.SignInAsync(lead, "kite.lead@example.org");
        var page = lead.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Your listings" }).ClickAsync();
        await lead.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a listing" }).ClickAsync();
        await lead.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Name of the group").FillAsync(name);
        await page.GetByLabel("Summary").FillAsync("Flying kites on the moor with people who hear voices, then tea.");
        await page.GetByLabel("Who it is for, in your own words").FillAsync("Anyone who hears voices or sees visions.");
        await page.Locator("#tag-hearing-voices").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How people meet" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.Locator("input[name='Input.Formats'][value='InPerson']").CheckAsync();
        await page.GetByLabel("How often").First.SelectOptionAsync(new SelectOptionValue { Label = "Every week" });
        await page.GetByLabel("Day", new() { Exact = true }).First.SelectOptionAsync(new SelectOptionValue { Label = "Saturday" });
        await page.GetByLabel("Starts (24-hour, like 18:30)").First.FillAsync("10:30");
        await page.GetByLabel("Find the place by postcode or town").FillAsync("Leeds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Place_Latitude")).Not.ToHaveValueAsync("");
        await page.GetByLabel("Venue name").FillAsync("Moor Edge Pavilion");
        output.WriteLine($"Screenshot: {await lead.ScreenshotAsync("lead-new-listing")}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).Last.ClickAsync();

        await page.WaitForLoadStateAsync();
        output.WriteLine($"Screenshot: {await lead.ScreenshotAsync("lead-after-submit")}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/lead(\?|$)"));
        await Assertions.Expect(page.GetByText(name).First).ToBeVisibleAsync();
        await lead.AssertNoAccessibilityViolationsAsync();

        await using var person = await site.OpenAsync(BrowserSite.Phone);
        await person.Page.GotoAsync("/find?where=Leeds&q=kite+flyers");
        Assert.DoesNotContain(name, await person.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await using var moderator = await site.OpenAsync(BrowserSite.Desktop);
        await site.SignInAsync(moderator, "kite.moderator@example.org");
        await moderator.Page.GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        await moderator.AssertNoAccessibilityViolationsAsync();
        await moderator.Page.GotoAsync("/moderate/listings");
        await moderator.AssertNoAccessibilityViolationsAsync();
        await moderator.Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await moderator.AssertNoAccessibilityViolationsAsync();
        output.WriteLine($"Screenshot: {await moderator.ScreenshotAsync("moderator-review")}");
        await moderator.Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await moderator.AssertNoAccessibilityViolationsAsync();

        await person.Page.GotoAsync("/find?where=Leeds&q=kite+flyers");
        await person.Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(person.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(person.Page.GetByText("Moor Edge Pavilion")).ToBeVisibleAsync();
        await person.AssertNoAccessibilityViolationsAsync();
        output.WriteLine($"Screenshot: {await person.ScreenshotAsync("person-finds-new-group")}");
        foreach (var visit in new[] { lead, moderator, person })
        {
            visit.AssertNothingWasRequestedFromAnotherOrigin();
        }
    }
}
