using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>The site with Postcodes:Provider = PostcodesIo, pointed at a stand-in service on 127.0.0.1.</summary>
public sealed class PostcodesIoDirectoryApp : DirectoryAppFactory, IAsyncLifetime
{
    private WebApplication? service;

    public ConcurrentQueue<string> ServiceRequests { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Postcodes:Provider"] = "PostcodesIo",
        ["Postcodes:PostcodesIoBaseUrl"] = service!.Urls.First(),
        ["Postcodes:TimeoutSeconds"] = "0.5",
    };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        service = builder.Build();
        service.Use((context, next) =>
        {
            ServiceRequests.Enqueue(context.Request.Path);
            return next(context);
        });
        service.MapGet("/postcodes/LS14AP", () => Results.Json(new { status = 200, result = new { latitude = 53.799, longitude = -1.549 } }));
        service.MapGet("/postcodes/SL01AA", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            return Results.Json(new { status = 200, result = new { latitude = 51.5, longitude = -0.6 } });
        });
        service.MapFallback(() => Results.Json(new { status = 404, error = "Postcode not found" }, statusCode: 404));
        await service.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }
    }
}

/// <summary>Postcode searches through a postcodes.io-compatible service: found, slow, and never logged.</summary>
public sealed class PostcodesIoSearchTests(PostcodesIoDirectoryApp app) : IClassFixture<PostcodesIoDirectoryApp>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task A_postcode_search_asks_the_service_and_no_log_line_holds_the_postcode()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=LS1+4AP&miles=5"));

        Assert.Contains("within 5 miles of LS1 4AP", text, StringComparison.Ordinal);
        Assert.Contains("/postcodes/LS14AP", app.ServiceRequests);
        Assert.DoesNotContain(app.Logs, l => l.Contains("LS14AP", StringComparison.OrdinalIgnoreCase) || l.Contains("LS1 4AP", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_slow_service_gets_a_clear_message_that_suggests_a_town()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=SL0+1AA"));

        Assert.Contains("We couldn't look up postcodes right now. Try the name of your town or city instead.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs, l => l.Contains("SL0", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_privacy_page_says_the_postcode_goes_to_the_service()
    {
        var text = PageText.Of(await client.GetStringAsync("/privacy"));
        Assert.Contains("our server asks a postcode service (127.0.0.1) where it is, so that service receives the postcode", text, StringComparison.Ordinal);
    }
}
