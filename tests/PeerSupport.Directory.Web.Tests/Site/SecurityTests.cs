using System.Net;

namespace PeerSupport.Directory.Web.Tests.Site;

public sealed class SecurityTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/find?where=Leeds")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Every_page_sends_the_security_headers(string url)
    {
        var response = await client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Pages_load_no_script_or_style_from_another_origin()
    {
        var html = await client.GetStringAsync("/find?where=Leeds");
        Assert.DoesNotMatch("<(script|link)[^>]+(src|href)=\"(https?:)?//", html);
        Assert.DoesNotMatch("<script>|<script type=\"text/javascript\">|style=\"", html);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@example.com",
            ["Input.Password"] = "a long enough password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
