using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Freshness;

/// <summary>Websites on loopback that answer as real ones do: fine, gone, broken, slow, moved, looping.</summary>
public sealed class LocalWebsites : IAsyncLifetime
{
    private WebApplication site = null!;

    public string Url(string path) => $"{BaseAddress}{path}";

    public string BaseAddress { get; private set; } = "";

    private int hits;

    public int Hits => Volatile.Read(ref hits);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        site = builder.Build();
        site.Use(async (context, next) =>
        {
            Interlocked.Increment(ref hits);
            await next(context);
        });
        site.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        site.MapGet("/get-only", () => Results.Ok());
        site.MapMethods("/get-only", ["HEAD"], () => Results.StatusCode(405));
        site.MapMethods("/missing", ["GET", "HEAD"], () => Results.NotFound());
        site.MapMethods("/broken", ["GET", "HEAD"], () => Results.StatusCode(500));
        site.MapMethods("/slow", ["GET", "HEAD"], async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return Results.Ok();
        });
        site.MapMethods("/moved", ["GET", "HEAD"], () => Results.Redirect("/ok", permanent: true));
        site.MapMethods("/loop", ["GET", "HEAD"], () => Results.Redirect("/loop"));
        site.MapMethods("/to-another-address", ["GET", "HEAD"], (HttpContext context) =>
            Results.Redirect($"http://127.0.0.2:{context.Connection.LocalPort}/ok"));
        await site.StartAsync();
        BaseAddress = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}

public sealed class LinkCheckDirectoryApp : TimeTravelDirectoryApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Freshness:LinkCheckAllowPrivateAddresses"] = "true",
        ["Freshness:LinkCheckTimeoutSeconds"] = "1",
        // The demo listings link to fictional sites; checking them would only test DNS failures, slowly.
        ["Seed:ImportDemoListings"] = "false",
    };
}

public sealed class LinkCheckTests(LinkCheckDirectoryApp app, LocalWebsites websites) : IClassFixture<LinkCheckDirectoryApp>, IClassFixture<LocalWebsites>
{
    private async Task<LinkProbe.Outcome> ProbeAsync(string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkProbe>().CheckAsync(websites.Url(path), CancellationToken.None);
    }

    [Theory]
    [InlineData("/ok", true, "200")]
    [InlineData("/get-only", true, "200")]
    [InlineData("/moved", true, "200")]
    [InlineData("/missing", false, "404")]
    [InlineData("/broken", false, "500")]
    [InlineData("/slow", false, "timed out")]
    [InlineData("/loop", false, "too many redirects")]
    public async Task The_probe_reads_each_kind_of_answer(string path, bool works, string result) =>
        Assert.Equal(new LinkProbe.Outcome(works, result), await ProbeAsync(path));

    [Fact]
    public async Task The_probe_reports_unknown_hosts_and_refuses_private_addresses_unless_allowed()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var probe = scope.ServiceProvider.GetRequiredService<LinkProbe>();
        Assert.Equal("address not found (DNS)", (await probe.CheckAsync("http://no-such-host.invalid/", CancellationToken.None)).Result);

        using var strict = new HttpClient(LinkProbe.Handler(allowPrivateAddresses: false)) { Timeout = TimeSpan.FromSeconds(2) };
        Assert.Equal("refused: a private network address", (await new LinkProbe(strict).CheckAsync(websites.Url("/ok"), CancellationToken.None)).Result);
        Assert.False(PublicAddress.IsPublic(IPAddress.Parse("169.254.169.254")));
        Assert.False(PublicAddress.IsPublic(IPAddress.Parse("10.1.2.3")));
        Assert.False(PublicAddress.IsPublic(IPAddress.Parse("::1")));
        Assert.True(PublicAddress.IsPublic(IPAddress.Parse("81.2.69.160")));
    }

    [Fact]
    public async Task Every_redirect_hop_is_judged_by_the_same_address_rule()
    {
        using var onlyThisSite = new HttpClient(LinkProbe.Handler(mayConnect: a => a.Equals(IPAddress.Loopback))) { Timeout = TimeSpan.FromSeconds(2) };
        var probe = new LinkProbe(onlyThisSite);

        Assert.Equal("200", (await probe.CheckAsync(websites.Url("/moved"), CancellationToken.None)).Result);
        Assert.Equal("refused: a private network address", (await probe.CheckAsync(websites.Url("/to-another-address"), CancellationToken.None)).Result);
    }

    [Fact]
    public async Task Two_failures_in_a_row_flag_the_link_to_leads_once_and_a_second_run_counts_nothing()
    {
        const string lead = "links.lead@example.org";
        var record = TestListings.Group("Link Check Walking Group", 53.8, -1.55);
        record.Contacts = [new ContactRecord { Kind = "Website", Value = websites.Url("/missing") }, new ContactRecord { Kind = "Booking", Value = websites.Url("/ok") }];
        var id = (await app.AddListingAsync(record, [await app.CreateLeadAsync(lead)])).Id;

        await RunAsync();
        var hits = websites.Hits;
        await RunAsync();
        Assert.Equal(hits, websites.Hits);
        Assert.Empty(await app.ReadAsync(lead));

        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();
        var email = Assert.Single(await app.ReadAsync(lead));
        Assert.Equal("A link on Link Check Walking Group is not working", email.Subject);
        Assert.Contains("/missing", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/ok", email.TextBody, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();
        Assert.Single(await app.ReadAsync(lead));

        await app.WithDbAsync(async db =>
        {
            var website = await db.ListingContacts.SingleAsync(c => c.ListingId == id && c.Kind == ContactKind.Website);
            website.Value = websites.Url("/moved");
            await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();
        var checks = await app.DbAsync(db => db.LinkChecks.Where(c => c.ListingId == id).ToListAsync());
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.Equal((0, null), (c.ConsecutiveFailures, c.FlaggedAt)));
        Assert.DoesNotContain(checks, c => c.Url.EndsWith("/missing", StringComparison.Ordinal));
    }

    private async Task RunAsync() =>
        await app.WithScopeAsync(async services => await services.GetRequiredService<LinkCheckJob>().RunAsync());
}
