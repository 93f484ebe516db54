using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Searching for an LGBT+ or prison-experience group can reveal special-category data, so no
/// log line may hold a search term, a place or a filter, nor what someone writes in a public
/// form. The app's own logging configuration is in force here; every message it lets through
/// is captured.
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

    [Fact]
    public async Task Neither_form_leaves_the_senders_words_address_or_private_key_in_any_log()
    {
        var lead = await app.CreateLeadAsync("logged.lead@example.com");
        var listing = (await app.AddListingAsync(TestListings.Group("Quietly Logged Group"), [lead], l => l.AcceptsMessages = true)).Id;
        var client = app.CreateBrowserLikeClient();
        var report = await client.PostFormAsync($"/groups/{listing}/report", new Dictionary<string, string> { ["Input.Kind"] = "Other", ["Input.Details"] = "zebracrossingword" });
        await client.PostFormAsync($"/groups/{listing}/message", new Dictionary<string, string>
        {
            ["Input.Email"] = "hidden.sender@example.org",
            ["Input.Message"] = "quokkamessageword",
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(),
        });
        await app.ReadAsync("logged.lead@example.com");

        var key = Uri.UnescapeDataString(Regex.Match(report.Headers.Location!.OriginalString, "key=([^&]+)").Groups[1].Value);
        var logs = app.Logs.ToArray();
        Assert.NotEmpty(key);
        Assert.DoesNotContain(logs, l => l.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("zebracrossingword", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("quokkamessageword", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("hidden.sender", StringComparison.OrdinalIgnoreCase));
    }
}
