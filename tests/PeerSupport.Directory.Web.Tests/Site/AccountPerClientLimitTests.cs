using System.Net;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Per client: 4 posts to the account forms from one address in a window.</summary>
public sealed class PerClientLimitFactory : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Accounts:Limits:PerClientPermits"] = "4",
        ["Accounts:Limits:WindowSeconds"] = "600",
    };
}

public sealed class AccountPerClientLimitTests(PerClientLimitFactory app) : IClassFixture<PerClientLimitFactory>
{
    [Fact]
    public async Task Many_account_posts_from_one_address_are_refused_with_429_and_Retry_After_whatever_the_email()
    {
        var client = app.CreateBrowserLikeClient();
        var forms = new[] { "/account/login", "/account/register", "/account/forgot-password", "/account/resend-confirmation" };
        for (var i = 0; i < 4; i++)
        {
            var allowed = await client.PostFormAsync(forms[i], new Dictionary<string, string> { ["Input.Email"] = $"person{i}@example.com", ["Input.Password"] = "some long password here" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "person9@example.com", ["Input.Password"] = "some long password here" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
