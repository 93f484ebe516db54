using Microsoft.Playwright;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// One running site and one headless Chromium shared by every browser test. Each test opens its
/// own <see cref="Visit"/> (a fresh browser context: no cookies or history carried over).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public KestrelDirectoryApp App { get; } = new();

    /// <summary>Full-page screenshots land here, beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            // Every test is skipped (or, on CI, fails in OpenAsync with the reason).
            return;
        }
        App.StartServer();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <param name="location">Where the browser says it is, with geolocation permission granted; none by default.</param>
    public async Task<Visit> OpenAsync(ViewportSize viewport, bool javaScript = true, Geolocation? location = null)
    {
        if (browser is null)
        {
            throw new InvalidOperationException(Chromium.SkipReason ??
                $"Chromium is required (CI=true) but missing at {Chromium.ExecutablePath}; install it with apt-get install chromium.");
        }
        var phone = viewport.Width < 600;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.RootUri.ToString(),
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            Geolocation = location,
            Permissions = location is null ? null : ["geolocation"],
        });
        return await Visit.StartAsync(context, App.RootUri);
    }

    /// <summary>
    /// Signs in through the real pages as a person does: the sign-in page, then, for an account
    /// with two-step sign-in on (moderators and admins), the code their authenticator app shows.
    /// Both pages are checked with axe on the way.
    /// </summary>
    public async Task SignInAsync(Visit visit, string email, string password = SignIn.Password)
    {
        var page = visit.Page;
        await page.GotoAsync("/account/login");
        await visit.AssertNoAccessibilityViolationsAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (page.Url.Contains("/account/login/two-factor", StringComparison.Ordinal))
        {
            await visit.AssertNoAccessibilityViolationsAsync();
            var key = await App.AuthenticatorKeyAsync(email);
            await page.GetByLabel("Code from your authenticator app").FillAsync(Authenticator.Code(key, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
