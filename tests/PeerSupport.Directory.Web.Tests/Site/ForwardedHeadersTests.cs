using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// The site behind one trusted proxy (10.0.0.5), with a per-client limit of 2 account posts; a
/// test names the connecting address (<see cref="ConnectionAddress"/>).
/// </summary>
public sealed class BehindProxyFactory : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hosting:ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
        ["Accounts:Limits:PerClientPermits"] = "2",
        ["Accounts:Limits:WindowSeconds"] = "600",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseTestConnectionAddress();
    }

    public HttpClient Client(string connectionFrom, string? forwardedFor = null, string baseAddress = "https://directory.test")
    {
        var client = this.ClientFrom(connectionFrom, baseAddress);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        return client;
    }
}

public sealed class ForwardedHeadersTests(BehindProxyFactory app) : IClassFixture<BehindProxyFactory>
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, int attempt) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = $"visitor{attempt}@example.com", ["Input.Password"] = "some long password here" });

    [Fact]
    public async Task Two_visitors_behind_the_trusted_proxy_have_separate_rate_limits()
    {
        var first = app.Client(connectionFrom: "10.0.0.5", forwardedFor: "81.2.69.160");
        var second = app.Client(connectionFrom: "10.0.0.5", forwardedFor: "81.2.69.161");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(first, 1)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(first, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(first, 3)).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(second, 4)).StatusCode);
        Assert.DoesNotContain(app.Logs, line => line.Contains("81.2.69.16", StringComparison.Ordinal));
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_address_that_is_not_a_trusted_proxy_is_ignored()
    {
        var first = app.Client(connectionFrom: "192.0.2.50", forwardedFor: "81.2.69.170");
        var second = app.Client(connectionFrom: "192.0.2.50", forwardedFor: "81.2.69.171");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(first, 5)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(second, 6)).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(second, 7)).StatusCode);
    }

    [Fact]
    public async Task Https_at_the_trusted_proxy_counts_as_https_and_nobody_else_can_claim_it()
    {
        var throughProxy = app.Client(connectionFrom: "10.0.0.5", baseAddress: "http://directory.test");
        throughProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var direct = app.Client(connectionFrom: "192.0.2.60", baseAddress: "http://directory.test");
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        Assert.True((await throughProxy.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
        Assert.False((await direct.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class ForwardedHeadersSettingsTests
{
    private sealed class MistypedNetworkFactory : DirectoryAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Hosting:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/33",
        };
    }

    [Fact]
    public void A_mistyped_proxy_network_stops_the_site_at_start_up()
    {
        using var app = new MistypedNetworkFactory();
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Hosting:ForwardedHeaders", error.ToString(), StringComparison.Ordinal);
    }
}
