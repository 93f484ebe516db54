using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A group lead's account, in a real browser, checked with axe on every page they see.</summary>
[Collection(BrowserCollection.Name)]
public class AccountJourneys(BrowserSite site)
{
    private const string Password = "blue kites over the moor";

    [BrowserFact]
    public async Task A_lead_registers_confirms_signs_in_and_turns_on_two_step_sign_in_with_no_accessibility_violations()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Phone);
        var page = visit.Page;
        const string email = "browser.lead@example.com";

        await page.GotoAsync("/account/register");
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("password1234");
        await page.GetByLabel("Password again").FillAsync("password1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // The error summary links to the field, and the same message stands beside the field.
        await Assertions.Expect(page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("one of the most common") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".field-validation-error", new() { HasTextString = "one of the most common" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");
        await visit.AssertNoAccessibilityViolationsAsync();

        var confirmation = await site.App.LatestAsync(email, "Confirm your email address");
        await page.GotoAsync(confirmation.Links()[0]);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Confirm your email address");
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Your password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Email address confirmed");
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Turn on two-step sign-in with an authenticator app" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("QR code") })).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        var key = (await page.Locator("kbd.shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(Authenticator.Code(key, DateTimeOffset.UtcNow));
        await page.GetByLabel("Your password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).First.ClickAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter your code");
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Authenticator.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await page.GotoAsync("/account/manage/delete");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download my data" })).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task The_forgotten_password_and_change_pages_have_no_accessibility_violations()
    {
        await site.App.CreateLeadAsync("browser.forgetful@example.com");
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;

        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Email address").FillAsync("browser.forgetful@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your email");

        var reset = await site.App.LatestAsync("browser.forgetful@example.com", "Reset your password");
        await page.GotoAsync(reset.Links()[0]);
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("a short one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        // The error summary links to the field, and the same message stands beside the field.
        await Assertions.Expect(page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Use at least 12 characters") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".field-validation-error", new() { HasTextString = "Use at least 12 characters" })).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("lanterns in the rain");
        await page.GetByLabel("New password again").FillAsync("lanterns in the rain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your password has been changed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).Last.ClickAsync();
        await page.GetByLabel("Email address").FillAsync("browser.forgetful@example.com");
        await page.GetByLabel("Password").FillAsync("lanterns in the rain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        foreach (var url in new[] { "/account/manage/email", "/account/manage/password" })
        {
            await page.GotoAsync(url);
            await visit.AssertNoAccessibilityViolationsAsync();
        }
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }
}
