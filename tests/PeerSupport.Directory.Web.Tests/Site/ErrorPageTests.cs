using System.Net;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>The server-error page (Pages/Error): it answers for a real error only, so nobody can make the site report a 500 by asking for it.</summary>
public sealed class ErrorPageTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task The_error_page_opened_directly_answers_the_kind_not_found_page_not_500()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/error");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", PageText.Of(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
