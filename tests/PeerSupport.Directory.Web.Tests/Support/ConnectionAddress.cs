using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// Requests from distinct clients. TestServer has no TCP connection, so every request has no
/// address (and per-client limits see none); a factory that calls <see cref="UseTestConnectionAddress"/>
/// lets a test name the connecting address in <see cref="Header"/>, read before the site's own
/// pipeline as a socket would be, and <see cref="ClientFrom"/> makes a client that sends it.
/// </summary>
public static class ConnectionAddress
{
    public const string Header = "X-Test-Connection-From";

    public static IWebHostBuilder UseTestConnectionAddress(this IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromTestHeader>());

    /// <summary>A client whose requests come from <paramref name="address"/>, without following redirects.</summary>
    public static HttpClient ClientFrom(this DirectoryAppFactory app, string address, string baseAddress = "https://directory.test")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class FromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[Header].ToString() is { Length: > 0 } address)
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
