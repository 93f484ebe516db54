using Microsoft.Playwright;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// "Leave this site quickly" for a person who may be unsafe if seen here. Quick exit points at
/// this test server's privacy page (see <see cref="KestrelDirectoryApp"/>), so nothing leaves the machine.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QuickExitJourneys(BrowserSite site)
{
    private const string Elsewhere = "data:text/html,<title>Elsewhere</title><p>Somewhere else entirely</p>";

    [BrowserFact]
    public async Task Quick_exit_link_leaves_the_site_without_JavaScript()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Phone, javaScript: false);
        var page = visit.Page;
        await page.GotoAsync("/find?where=Leeds");

        await page.GetByRole(AriaRole.Link, new() { Name = "Leave this site quickly" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(site.App.QuickExitUri.ToString());
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task Pressing_Escape_three_times_leaves_and_the_back_button_does_not_return_to_the_site()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        await page.GotoAsync(Elsewhere);
        await page.GotoAsync("/find?where=Leeds");
        var historyBefore = await page.EvaluateAsync<int>("history.length");

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page).ToHaveURLAsync(site.App.QuickExitUri.ToString());
        Assert.Equal(historyBefore, await page.EvaluateAsync<int>("history.length"));

        await page.GoBackAsync();
        Assert.StartsWith("data:", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page).ToHaveTitleAsync("Elsewhere");
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }
}
