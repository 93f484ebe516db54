using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// One person's visit: a page in its own browser context, with every request the page makes
/// recorded so a test can show that nothing went to another origin.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    /// <summary>The WCAG 2.0, 2.1 and 2.2 A and AA rules (the brief's promise is WCAG 2.2 AA).</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private readonly IBrowserContext context;
    private readonly Uri site;
    private readonly ConcurrentQueue<string> requests = new();

    private Visit(IBrowserContext context, IPage page, Uri site)
    {
        this.context = context;
        this.site = site;
        Page = page;
        page.Request += (_, request) => requests.Enqueue(request.Url);
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Requests => requests;

    public static async Task<Visit> StartAsync(IBrowserContext context, Uri site) =>
        new(context, await context.NewPageAsync(), site);

    /// <summary>Requests to anywhere but the test server (data: URLs never leave the browser).</summary>
    public IReadOnlyList<string> RequestsElsewhere() => requests
        .Where(url => !url.StartsWith("data:", StringComparison.Ordinal))
        .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
                      !string.Equals(uri.GetLeftPart(UriPartial.Authority), site.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        .ToList();

    public void AssertNothingWasRequestedFromAnotherOrigin()
    {
        Assert.NotEmpty(requests);
        Assert.Empty(RequestsElsewhere());
    }

    /// <summary>Runs axe on the page as it is now and fails with a readable list of any violation.</summary>
    public async Task AssertNoAccessibilityViolationsAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" +
            string.Join("\n", v.Nodes.Select(n => $"    {string.Join(" ", n.Target)} -> {n.Html}")));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {Page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Saves a full-page screenshot and returns its path.</summary>
    /// <summary>The whole page, or with <paramref name="firstScreen"/> only what the person sees before scrolling.</summary>
    public async Task<string> ScreenshotAsync(string name, bool firstScreen = false)
    {
        System.IO.Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var path = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = !firstScreen });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
