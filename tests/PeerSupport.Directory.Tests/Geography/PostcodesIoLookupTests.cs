using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

/// <summary>The postcodes.io provider against a stand-in service on 127.0.0.1 (never the internet).</summary>
public sealed class PostcodesIoLookupTests(FakePostcodesIo service) : IClassFixture<FakePostcodesIo>
{
    private static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv"));

    private static readonly string[] PostcodesAsked = ["SL0", "SL01AA", "E11AA", "E1 1AA"];

    private readonly ListLogger<PostcodesIoLookup> logger = new();

    private LocationResolver Resolver(double timeoutSeconds = 5) =>
        new(Places, new PostcodesIoLookup(new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(timeoutSeconds) }, logger));

    [Fact]
    public async Task A_known_postcode_is_found_at_the_point_the_service_gives()
    {
        var found = Assert.IsType<Location.Found>(await Resolver().ResolveAsync("ls1 4ap"));
        Assert.Equal(new GeoPoint(53.799, -1.549), found.Point);
        Assert.Equal("LS1 4AP", found.Label);
        Assert.Contains("/postcodes/LS14AP", service.Requests);
    }

    [Fact]
    public async Task An_outward_code_is_asked_for_as_an_outcode()
    {
        var found = Assert.IsType<Location.Found>(await Resolver().ResolveAsync("LS1"));
        Assert.Equal(new GeoPoint(53.797, -1.545), found.Point);
        Assert.Contains("/outcodes/LS1", service.Requests);
    }

    [Fact]
    public async Task A_postcode_the_service_does_not_know_is_not_found_and_a_town_is_suggested()
    {
        var notFound = Assert.IsType<Location.NotFound>(await Resolver().ResolveAsync("ZZ9 9ZZ"));
        Assert.Contains("couldn't find the postcode \"ZZ9 9ZZ\"", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("town", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_service_times_out_with_a_clear_message_that_suggests_a_town()
    {
        var started = DateTime.UtcNow;
        var notFound = Assert.IsType<Location.NotFound>(await Resolver(timeoutSeconds: 0.3).ResolveAsync(FakePostcodesIo.Slow));

        // Not a speed check: the stand-in answers after 10 s, so returning well before that shows
        // the time-out cut the request short, however busy the machine is.
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(8));
        Assert.Equal("We couldn't look up postcodes right now. Try the name of your town or city instead.", notFound.Message);
    }

    [Fact]
    public async Task A_failing_service_gets_the_same_clear_message()
    {
        var notFound = Assert.IsType<Location.NotFound>(await Resolver().ResolveAsync(FakePostcodesIo.Broken));
        Assert.Contains("couldn't look up postcodes right now", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_gets_the_same_clear_message()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/"), Timeout = TimeSpan.FromSeconds(5) };
        var answer = await new PostcodesIoLookup(http, logger).LookUpAsync(Parse("LS1 4AP"));
        Assert.IsType<PostcodeAnswer.Unavailable>(answer);
    }

    [Fact]
    public async Task The_postcode_is_never_logged_even_when_the_service_fails()
    {
        await Resolver(timeoutSeconds: 0.3).ResolveAsync(FakePostcodesIo.Slow);
        await Resolver().ResolveAsync(FakePostcodesIo.Broken);

        Assert.Equal(2, logger.Lines.Count);
        Assert.DoesNotContain(logger.Lines, l => PostcodesAsked.Any(p => l.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_cancelled_search_is_cancelled_not_reported_as_an_unavailable_service()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Resolver().ResolveAsync(FakePostcodesIo.Slow, cancel.Token));
    }

    private static Postcode Parse(string text) => Postcode.TryParse(text, out var postcode) ? postcode : throw new ArgumentException(text);
}

/// <summary>
/// A postcodes.io stand-in on 127.0.0.1 and a free port: LS1 4AP and LS1 are known, <see cref="Slow"/>
/// answers after 10 seconds, <see cref="Broken"/> fails with 500, anything else is 404.
/// </summary>
public sealed class FakePostcodesIo : IAsyncLifetime
{
    public const string Slow = "SL0 1AA";
    public const string Broken = "E1 1AA";

    private readonly WebApplication app;

    public FakePostcodesIo()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Use((context, next) =>
        {
            Requests.Enqueue(context.Request.Path);
            return next(context);
        });
        app.MapGet("/postcodes/LS14AP", () => Results.Json(new { status = 200, result = new { postcode = "LS1 4AP", latitude = 53.799, longitude = -1.549 } }));
        app.MapGet("/outcodes/LS1", () => Results.Json(new { status = 200, result = new { outcode = "LS1", latitude = 53.797, longitude = -1.545 } }));
        app.MapGet("/postcodes/SL01AA", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            return Results.Json(new { status = 200, result = new { latitude = 51.5, longitude = -0.6 } });
        });
        app.MapGet("/postcodes/E11AA", () => Results.StatusCode(500));
        app.MapFallback(() => Results.Json(new { status = 404, error = "Postcode not found" }, statusCode: 404));
    }

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First() + "/");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
