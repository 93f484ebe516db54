using System.IO.Compression;
using System.Text.RegularExpressions;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Public pages travel compressed to a phone on a slow connection; pages that carry a secret never do (BREACH).</summary>
public sealed partial class CompressionTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encoding = "br")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_results_page_for_Leeds_arrives_compressed_in_at_most_15_KB()
    {
        var response = await GetAsync(app.CreateBrowserLikeClient(), "/find?where=Leeds");
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var html = await new StreamReader(brotli).ReadToEndAsync();
        Assert.Contains("results within 10 miles of Leeds", html, StringComparison.Ordinal);
        Assert.InRange(compressed.Length, 1, 15 * 1024);
    }

    [Fact]
    public async Task A_signed_in_page_is_never_compressed()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var response = await GetAsync(lead, "/find?where=Leeds", "gzip");
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_public_page_that_holds_an_antiforgery_token_is_not_compressed()
    {
        var client = app.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/find?where=Leeds");
        var id = GroupLink().Match(html).Groups["id"].Value;
        var response = await GetAsync(client, $"/groups/{id}/report", "gzip");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_versioned_static_file_may_be_cached_for_a_year_and_an_unversioned_one_for_an_hour()
    {
        var client = app.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/");
        var css = CssLink().Match(html).Groups["href"].Value;
        Assert.Contains("?v=", css, StringComparison.Ordinal);
        var versioned = await client.GetAsync(System.Net.WebUtility.HtmlDecode(css));
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        var plain = await client.GetAsync("/css/site.css");
        Assert.Equal("public, max-age=3600", plain.Headers.CacheControl!.ToString());
    }

    [GeneratedRegex(@"/groups/(?<id>\d+)/[a-z0-9-]+")]
    private static partial Regex GroupLink();

    [GeneratedRegex(@"<link rel=""stylesheet"" href=""(?<href>/css/site\.css[^""]*)""")]
    private static partial Regex CssLink();
}
