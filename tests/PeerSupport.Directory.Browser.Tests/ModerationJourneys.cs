using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>Moderators and admins at work, in a real browser, with axe on every page they see.</summary>
[Collection(BrowserCollection.Name)]
public class ModerationJourneys(BrowserSite site)
{
    [BrowserFact]
    public async Task A_moderator_sends_back_then_approves_a_listing_and_every_moderation_page_passes_axe()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var email = $"browser.admin.{run}@example.com";
        var name = $"Browser Moderated Group {run}";
        await site.App.CreateUserAsync(email, Roles.Admin);
        var listingId = await site.App.PendingListingAsync(name, $"browser.lead.{run}@example.com");
        var reportId = await site.App.ReportAsync(listingId, ReportKind.SafetyConcern, $"R-b{run}", "browser-key");
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        await site.SignInAsync(visit, email);

        foreach (var path in new[]
                 {
                     "/moderate", "/moderate/listings", $"/moderate/listings/{listingId}/history", "/moderate/claims", "/moderate/reports",
                     $"/moderate/reports/{reportId}", "/moderate/edits", "/moderate/taxonomy", "/admin", $"/admin/users?email=browser", "/admin/mail",
                 })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await visit.AssertNoAccessibilityViolationsAsync();
        }
        await page.GotoAsync("/moderate/taxonomy");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hearing voices", Exact = true }).ClickAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync("/moderate/listings");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send back to the leads" }).ClickAsync();
        // The error summary links to the field, and the same message stands beside the field.
        await Assertions.Expect(page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Say why it is being sent back") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".field-validation-error", new() { HasTextString = "Say why it is being sent back" })).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is published");
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync($"/find?q={Uri.EscapeDataString(name)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
    }
}
