namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>The pages at the root of the site: the home page and the privacy page.</summary>
public sealed class HomeAndPrivacyTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task Home_page_offers_the_search_form_the_crisis_line_and_quick_exit()
    {
        var html = await client.GetStringAsync("/");
        Assert.Contains("name=\"where\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"tag\" value=\"lgbt-plus\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"format\" value=\"online\"", html, StringComparison.Ordinal);
        Assert.Contains("Samaritans", html, StringComparison.Ordinal);
        Assert.Contains("data-quick-exit", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_page_explains_what_is_kept()
    {
        var text = PageText.Of(await client.GetStringAsync("/privacy"));
        Assert.Contains("We don't store it", text, StringComparison.Ordinal);
    }
}
