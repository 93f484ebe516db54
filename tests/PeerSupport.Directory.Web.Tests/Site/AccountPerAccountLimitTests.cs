using System.Net;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Per account: 3 posts naming one email address per form, from any client, in a window.</summary>
public sealed class PerAccountLimitFactory : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Accounts:Limits:PerAccountPermits"] = "3",
        ["Accounts:Limits:WindowSeconds"] = "600",
    };
}

public sealed class AccountPerAccountLimitTests(PerAccountLimitFactory app) : IClassFixture<PerAccountLimitFactory>
{
    [Fact]
    public async Task Guessing_one_accounts_password_is_refused_with_429_and_Retry_After_even_from_new_clients()
    {
        await app.CreateLeadAsync("target@example.com");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var allowed = await app.CreateBrowserLikeClient().SignInAsync("target@example.com", "a guessed long password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await app.CreateBrowserLikeClient().SignInAsync("TARGET@example.com ");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 600);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another account is not affected.
        await app.CreateLeadAsync("bystander@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().SignInAsync("bystander@example.com")).StatusCode);
        Assert.DoesNotContain(app.Logs, line => line.Contains("target@example.com", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Asking_for_many_reset_emails_for_one_address_is_refused_with_429_and_no_more_mail()
    {
        await app.CreateLeadAsync("flooded@example.com");
        var client = app.CreateBrowserLikeClient();
        HttpResponseMessage last = new();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "flooded@example.com" });
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
        Assert.Equal(3, (await app.ReadAsync("flooded@example.com")).Count);
    }
}
