using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Admin;

/// <summary>The freshness dashboard at /admin/freshness and the snapshot job behind its history, over a known set of listings.</summary>
public sealed class FreshnessDashboardTests(KnownListingsApp app) : IClassFixture<KnownListingsApp>
{
    private DateTime Now => app.Now;

    private ListingRecord Confirmed(string name, int daysAgo, string status = "Published")
    {
        var record = TestListings.Group(name, 51.5, -0.1, status);
        record.LastConfirmed = app.Clock.GetUtcNow().AddDays(-daysAgo);
        return record;
    }

    [Fact]
    public async Task The_dashboard_and_snapshot_count_a_known_set_of_listings()
    {
        var paused = Confirmed("Dashboard Paused", 20, "Paused");
        paused.PausedUntil = "2027-01-01";
        await app.ImportAsync(
            Confirmed("Dashboard Fresh 10", 10), Confirmed("Dashboard Fresh 50", 50), Confirmed("Dashboard Due 95", 95),
            Confirmed("Dashboard Overdue 130", 130), Confirmed("Dashboard Lapsed", 200, "Lapsed"), paused);

        FreshnessSnapshot snapshot = null!;
        await app.WithScopeAsync(async services => snapshot = await services.GetRequiredService<FreshnessSnapshotJob>().RunAsync());
        await app.WithScopeAsync(async services => snapshot = await services.GetRequiredService<FreshnessSnapshotJob>().RunAsync());
        Assert.Equal((4, 2, 1, 1, 1, 1), (snapshot.Published, snapshot.ConfirmedWithin90Days, snapshot.Due, snapshot.Overdue, snapshot.Lapsed, snapshot.Paused));

        var admin = await SignedInAdminAsync();
        var response = await admin.GetAsync("/admin/freshness");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var text = System.Text.RegularExpressions.Regex.Replace(PageText.Of(html), @"\s+", " ");
        Assert.Contains("50% of 4 published listings were confirmed in the last 90 days", text, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"ages\"", html, StringComparison.Ordinal);
        foreach (var (band, count) in new[] { ("0–29 days", 1), ("30–59 days", 1), ("60–89 days", 0), ("90–119 days", 1), ("120–179 days", 1), ("180+ days", 0) })
        {
            Assert.Contains($"<tr><td>{band}</td><td>{count}</td></tr>", html, StringComparison.Ordinal);
        }
        Assert.Contains($"<tr><td>{UkCalendar.Day(Now):MMMM yyyy}</td><td>50%</td><td>4</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Dashboard Overdue 130", text, StringComparison.Ordinal);
        Assert.Contains("Dashboard Lapsed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dashboard Due 95</a>", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAdminAsync() => await app.SignedInAsync("freshness.admin@example.org", Roles.Admin);
}
