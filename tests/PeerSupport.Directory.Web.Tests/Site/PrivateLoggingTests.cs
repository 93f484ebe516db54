namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Searching for an LGBT+ or prison-experience group can reveal special-category data, so no
/// log line may hold a search term, a place or a filter. The app's own logging configuration
/// is in force here; every message it lets through is captured.
/// </summary>
public sealed class PrivateLoggingTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Searches_leave_no_trace_of_their_terms_in_any_log()
    {
        var client = app.CreateBrowserLikeClient();
        var searches = new[]
        {
            "/find?where=Leeds&q=xylophonicquest&tag=prison-experience&format=online",
            "/find?where=Zanzibarton&q=xylophonicquest",
            "/find?where=LS99+7XQ&tag=lgbt-plus",
            "/groups/424242/xylophonicquest",
        };
        foreach (var url in searches)
        {
            await client.GetAsync(url);
        }

        var logs = app.Logs.ToArray();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("Search index rebuilt", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("xylophonicquest", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, l => l.Contains("Zanzibarton", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, l => l.Contains("LS99", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, l => l.Contains("prison-experience", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, l => l.Contains("/find?", StringComparison.OrdinalIgnoreCase));
    }
}
