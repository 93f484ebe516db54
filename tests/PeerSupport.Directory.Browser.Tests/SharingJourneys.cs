using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>A referrer sharing groups: by link, on paper with QR codes, and as a short list, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public partial class SharingJourneys(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>Reads every QR code image on the page with jsQR (a real decoder, from npm) and returns what each says.</summary>
    private static async Task<string[]> DecodeQrCodesAsync(IPage page)
    {
        // Evaluated through the DevTools protocol: the site's CSP (rightly) refuses injected script tags.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "jsQR.js")));
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const read = async img => {
                await img.decode();
                const scale = 4, canvas = document.createElement("canvas");
                canvas.width = img.naturalWidth * scale; canvas.height = img.naturalHeight * scale;
                const context = canvas.getContext("2d");
                context.fillStyle = "#fff"; context.fillRect(0, 0, canvas.width, canvas.height);
                context.imageSmoothingEnabled = false;
                context.drawImage(img, 0, 0, canvas.width, canvas.height);
                const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
                const code = jsQR(pixels.data, canvas.width, canvas.height);
                return code ? code.data : "";
              };
              return Promise.all([...document.querySelectorAll("img[data-qr]")].map(read));
            }
            """);
    }

    private static async Task<string> OpenFirstLeedsGroupAsync(IPage page)
    {
        await page.GotoAsync("/find?where=Leeds");
        var first = page.Locator("ol.results > li").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link);
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        return name;
    }

    [BrowserFact]
    public async Task A_group_prints_as_a_sheet_and_cards_whose_qr_codes_decode_to_its_short_link()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        var name = await OpenFirstLeedsGroupAsync(page);
        var shortLink = await page.Locator("#share-link").InputValueAsync();
        Assert.Matches(ShortLinkPattern(), shortLink);
        visit.AssertNothingWasRequestedFromAnotherOrigin();

        await page.GetByRole(AriaRole.Link, new() { Name = "Print a sheet (A4)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await visit.AssertNoAccessibilityViolationsAsync();
        Assert.Equal([shortLink], await DecodeQrCodesAsync(page));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync("print-sheet")}");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync(new Uri(shortLink).PathAndQuery + "/card");
        await visit.AssertNoAccessibilityViolationsAsync();
        Assert.Equal([shortLink, shortLink, shortLink, shortLink], await DecodeQrCodesAsync(page));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        output.WriteLine($"Screenshot: {await visit.ScreenshotAsync("print-cards")}");
        visit.AssertNothingWasRequestedFromAnotherOrigin();
    }

    [BrowserFact]
    public async Task A_referrer_builds_a_short_list_while_searching_and_prints_it_with_working_qr_codes()
    {
        await using var visit = await site.OpenAsync(BrowserSite.Desktop);
        var page = visit.Page;
        var first = await OpenFirstLeedsGroupAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add to a short list for someone" }).ClickAsync();
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Start a list with {first}" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/lists/edit/"));
        var editUrl = page.Url;
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync("/find?where=Leeds");
        var add = page.Locator("ol.results > li").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add to list") }).First;
        var secondName = (await add.GetAttributeAsync("aria-label")) ?? (await add.InnerTextAsync()).Replace("Add to list:", "", StringComparison.Ordinal).Trim();
        await add.ClickAsync();
        await Assertions.Expect(page.GetByText("You are making a short list (2 groups)")).ToBeVisibleAsync();
        await visit.AssertNoAccessibilityViolationsAsync();

        await page.GotoAsync(editUrl);
        await page.GetByLabel("A note for the person (optional)").FillAsync("Both meet near the bus station.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the note" }).ClickAsync();
        var publicLink = await page.Locator("#share-link").InputValueAsync();
        Assert.Matches(ListLinkPattern(), publicLink);

        await using var person = await site.OpenAsync(BrowserSite.Phone);
        await person.Page.GotoAsync(new Uri(publicLink).PathAndQuery);
        await Assertions.Expect(person.Page.GetByText("Both meet near the bus station.")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.Locator("ol.list-groups > li")).ToHaveCountAsync(2);
        Assert.Contains(first, await person.Page.Locator("ol.list-groups").InnerTextAsync(), StringComparison.Ordinal);
        await person.AssertNoAccessibilityViolationsAsync();
        output.WriteLine($"Screenshot: {await person.ScreenshotAsync("list-phone")}");

        await person.Page.GetByRole(AriaRole.Link, new() { Name = "Print this list with QR codes" }).ClickAsync();
        await person.AssertNoAccessibilityViolationsAsync();
        var codes = await DecodeQrCodesAsync(person.Page);
        Assert.Equal(2, codes.Length);
        Assert.All(codes, code => Assert.Matches(ShortLinkPattern(), code));
        person.AssertNothingWasRequestedFromAnotherOrigin();
        visit.AssertNothingWasRequestedFromAnotherOrigin();
        Assert.NotEmpty(secondName);
    }

    [GeneratedRegex(@"^http://localhost:5080/g/[a-z0-9]{7}$")]
    private static partial Regex ShortLinkPattern();

    [GeneratedRegex(@"^http://localhost:5080/l/[a-z0-9]{7}$")]
    private static partial Regex ListLinkPattern();
}
