using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// The "Hosting:ForwardedHeaders" section: the reverse proxies whose X-Forwarded-For and
/// X-Forwarded-Proto the site believes. Off until a proxy or network is listed; then the visitor's
/// address (not the proxy's) keys the rate limits, and https at the proxy makes cookies Secure.
/// The header is believed only from a listed proxy, so nobody else can pick their own address.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Hosting:ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of the site ("10.0.0.5", "::1").</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies live in, as CIDR ("10.0.0.0/24").</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to read back through (one unless there is a chain).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public bool IsValid =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _))
        && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _))
        && ForwardLimit >= 1;
}

public static class ForwardedHeadersSetup
{
    public static void AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(s => s.IsValid, $"{ForwardedHeadersSettings.Section}: KnownProxies must be IP addresses, KnownNetworks CIDR networks (10.0.0.0/24), ForwardLimit at least 1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, configured) =>
        {
            var settings = configured.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            // Only the listed proxies: not even loopback, the framework's default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>First in the pipeline, so everything after it (HSTS, cookies, rate limits) sees the visitor's address and scheme.</summary>
    public static void UseForwardedHeadersWhenConfigured(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
    }
}
