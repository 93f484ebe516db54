using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace PeerSupport.Directory.Browser.Tests;

/// <summary>
/// The real site (<see cref="DirectoryAppFactory"/>) served by Kestrel on a free loopback port, so a
/// browser can reach it over a real socket. Quick exit points at this server's privacy page, so
/// nothing a test does leaves the machine.
/// </summary>
public sealed class KestrelDirectoryApp : DirectoryAppFactory
{
    public KestrelDirectoryApp()
    {
        // The quick-exit URL must be absolute and is read once at start-up, so the port is
        // chosen before the server starts rather than left to Kestrel (port 0).
        Port = FreeLoopbackPort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }

    public Uri RootUri => new($"http://localhost:{Port}");

    public Uri QuickExitUri => new(RootUri, "/privacy");

    /// <summary>
    /// The map's tile server is this test server too (it answers 404), so asking for the map
    /// sends nothing off the machine while still showing which requests the map makes.
    /// </summary>
    public string TileUrl => $"{RootUri.GetLeftPart(UriPartial.Authority)}/tiles/{{z}}/{{x}}/{{y}}.png";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Safety:QuickExitUrl", QuickExitUri.ToString());
        builder.UseSetting("Map:TileUrl", TileUrl);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
