using Microsoft.Playwright;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A lead adds a listing, fixing a mistake and using the form's extra buttons on the way; every page passes axe.</summary>
[Collection(BrowserCollection.Name)]
public class LeadEditorJourneys(BrowserSite site)
{
    [BrowserFact]
    public async Task A_lead_adds_a_listing_fixing_a_mistake_previews_it_and_sees_it_waiting_for_review()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        var email = $"{Guid.NewGuid():N}@example.com";
        await site.App.CreateLeadAsync(email);
        await site.SignInAsync(visit, email);

        await page.GotoAsync("/lead/new");
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Name of the group").FillAsync("Juniper Walkers");
        await page.GetByLabel("Summary").FillAsync("A walk and a chat every week.");
        await page.GetByRole(AriaRole.Group, new() { Name = "How people meet" }).GetByLabel("Group").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "How people meet" }).GetByLabel("In person").CheckAsync();
        await page.GetByLabel("Walking").CheckAsync();
        await page.GetByLabel("Find the place by postcode or town").FillAsync("Leeds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Latitude", new() { Exact = true })).Not.ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another meeting time" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Meeting time 1" }).GetByLabel("How often").SelectOptionAsync("Weekly");
        await page.GetByRole(AriaRole.Group, new() { Name = "Meeting time 1" }).GetByLabel("Day").SelectOptionAsync("Thursday");
        await page.GetByRole(AriaRole.Group, new() { Name = "Meeting time 1" }).GetByLabel("Starts (24-hour, like 18:30)").FillAsync("10:00");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Every Thursday, from 10am")).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("\"Juniper Walkers\" is waiting for review")).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Juniper Walkers" }).ClickAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GotoAsync(page.Url.Replace("/edit", "/status", StringComparison.Ordinal));
        await visit.AssertNoAccessibilityViolationsAsync();
    }
}
