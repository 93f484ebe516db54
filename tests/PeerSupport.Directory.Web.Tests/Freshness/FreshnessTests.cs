using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Tests.Freshness;

public sealed class FreshnessTests(TimeTravelDirectoryApp app) : IClassFixture<TimeTravelDirectoryApp>
{
    private DateTime Now => app.Now;

    /// <summary>A published listing confirmed now, led by a new lead; returns its id and the lead's address.</summary>
    private async Task<(int Id, string Lead)> ListingWithLeadAsync(string name)
    {
        var email = $"{Slug.From(name)}@example.org";
        var listing = await app.AddListingAsync(TestListings.Group(name), [await app.CreateLeadAsync(email)], l => l.LastConfirmedAt = Now);
        return (listing.Id, email);
    }

    private async Task<FreshnessSweep.Result> SweepAsync()
    {
        FreshnessSweep.Result result = null!;
        await app.WithScopeAsync(async services => result = await services.GetRequiredService<FreshnessSweep>().RunAsync());
        return result;
    }

    private Task<Listing> ListingAsync(int id) => app.DbAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Id == id));

    private Task<int> OutboxCountAsync(string keyStart) => app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith(keyStart)));

    private void Advance(int days) => app.Clock.Advance(TimeSpan.FromDays(days));

    /// <summary>Whether a search for its name links to the listing's page.</summary>
    private async Task<bool> FoundBySearchAsync(string name) =>
        (await app.CreateBrowserLikeClient().GetStringAsync($"/find?q={Uri.EscapeDataString($"\"{name}\"")}")).Contains($"/{Slug.From(name)}\"", StringComparison.Ordinal);

    /// <summary>The one-click link for <paramref name="action"/> in the lead's newest email about <paramref name="subject"/>.</summary>
    private async Task<string> OneClickLinkAsync(string lead, string subject, string label)
    {
        var email = await app.LatestAsync(lead, subject);
        var lines = (email.TextBody ?? "").Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        Assert.True(at >= 0, $"No '{label}' link in: {email.TextBody}");
        return new Uri(lines[at + 1].Trim()).PathAndQuery;
    }

    private async Task<HttpResponseMessage> AnswerAsync(string link, Dictionary<string, string>? fields = null) =>
        await app.CreateBrowserLikeClient().PostFormAsync(link, fields ?? []);

    [Fact]
    public async Task A_listing_lives_through_due_reminders_overdue_lapsed_and_revived()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Life Group");
        var confirmed = Now;

        Advance(89);
        await SweepAsync();
        Assert.Empty(await app.ReadAsync(lead));

        Advance(1);
        await SweepAsync();
        await SweepAsync();
        var first = Assert.Single(await app.ReadAsync(lead));
        Assert.Equal("Is Freshness Life Group still running?", first.Subject);
        Assert.Contains("90 days", first.TextBody, StringComparison.Ordinal);

        Advance(14);
        await SweepAsync();
        await SweepAsync();
        Assert.Equal(2, (await app.ReadAsync(lead)).Count);

        Advance(16);
        await SweepAsync();
        Assert.Equal(2, (await app.ReadAsync(lead)).Count);
        var card = PageText.Of(await app.CreateBrowserLikeClient().GetStringAsync("/find?q=%22Freshness%20Life%20Group%22"));
        Assert.Contains("may be out of date", card, StringComparison.OrdinalIgnoreCase);

        Advance(60);
        await SweepAsync();
        await SweepAsync();
        Assert.Equal(ListingStatus.Lapsed, (await ListingAsync(id)).Status);
        Assert.Equal(1, await LapseChangesAsync(id));
        Assert.False(await FoundBySearchAsync("Freshness Life Group"));
        var lapsedPage = await app.CreateBrowserLikeClient(followRedirects: true).GetStringAsync($"/groups/{id}");
        Assert.Contains("may have stopped running", lapsedPage, StringComparison.Ordinal);
        var start = lapsedPage.IndexOf("id=\"similar\"", StringComparison.Ordinal);
        var similar = lapsedPage[start..lapsedPage.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Matches("<li><a href=\"/groups/\\d+/", similar);
        Assert.DoesNotContain($"/groups/{id}/", similar, StringComparison.Ordinal);
        var lapsedEmail = await app.LatestAsync(lead, "hidden from search");
        Assert.Equal("Freshness Life Group is hidden from search until you confirm it", lapsedEmail.Subject);
        Assert.Equal(3, (await app.ReadAsync(lead)).Count);

        var revive = await OneClickLinkAsync(lead, "hidden from search", "It is still running");
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(revive)).StatusCode);
        var revived = await ListingAsync(id);
        Assert.Equal(ListingStatus.Published, revived.Status);
        Assert.Equal(Now, revived.LastConfirmedAt);
        Assert.True(revived.LastConfirmedAt > confirmed);
        Assert.True(await FoundBySearchAsync("Freshness Life Group"));
    }

    [Fact]
    public async Task Still_running_from_the_first_reminder_restarts_the_clock()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Confirm Group");
        Advance(95);
        await SweepAsync();

        var link = await OneClickLinkAsync(lead, "still running", "Yes, it is still running");
        var opened = await app.CreateBrowserLikeClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.NotEqual(Now, (await ListingAsync(id)).LastConfirmedAt);

        var answered = await AnswerAsync(link);
        Assert.Contains("shows as confirmed today", PageText.Of(await answered.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(Now, (await ListingAsync(id)).LastConfirmedAt);

        Advance(14);
        await SweepAsync();
        Assert.Single(await app.ReadAsync(lead));
    }

    [Fact]
    public async Task A_used_tampered_expired_or_other_listings_link_changes_nothing_and_says_what_to_do()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Misuse Group");
        var (otherId, _) = await ListingWithLeadAsync("Freshness Other Group");
        Advance(91);
        await SweepAsync();
        var link = await OneClickLinkAsync(lead, "Misuse Group still running", "Yes, it is still running");
        var close = await OneClickLinkAsync(lead, "Misuse Group still running", "It has closed");

        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        var response = await app.CreateBrowserLikeClient().GetAsync(tampered);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var elsewhere = link.Replace($"/answer/{id}/", $"/answer/{otherId}/", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateBrowserLikeClient().GetAsync(elsewhere)).StatusCode);
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(link, new Dictionary<string, string>())).StatusCode);
        var reused = await client.PostFromPageAsync(link, await client.GetStringAsync(close), []);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var closer = app.CreateBrowserLikeClient();
        var closeForm = await closer.GetStringAsync(close);
        Advance(31);
        var expired = await closer.PostFromPageAsync(close, closeForm, []);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("has expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ListingStatus.Published, (await ListingAsync(id)).Status);
        Assert.Equal(ListingStatus.Published, (await ListingAsync(otherId)).Status);
    }

    [Fact]
    public async Task A_reminder_link_stops_working_once_its_lead_is_removed_from_the_listing_or_suspended()
    {
        var (removedFrom, removedLead) = await ListingWithLeadAsync("Freshness Removed Lead Group");
        var (suspendedOn, suspendedLead) = await ListingWithLeadAsync("Freshness Suspended Lead Group");
        Advance(91);
        await SweepAsync();
        var removedLink = await OneClickLinkAsync(removedLead, "Removed Lead Group still running", "It has closed");
        var suspendedLink = await OneClickLinkAsync(suspendedLead, "Suspended Lead Group still running", "It has closed");
        await app.DbAsync(db => db.ListingLeads.Where(l => l.ListingId == removedFrom).ExecuteDeleteAsync());
        await app.DbAsync(db => db.Users.Where(u => u.Email == suspendedLead).ExecuteUpdateAsync(s => s.SetProperty(u => u.SuspendedAt, Now)));

        foreach (var link in new[] { removedLink, suspendedLink })
        {
            var refused = await app.CreateBrowserLikeClient().GetAsync(link);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("no longer leads this listing", PageText.Of(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        Assert.Equal(ListingStatus.Published, (await ListingAsync(removedFrom)).Status);
        Assert.Equal(ListingStatus.Published, (await ListingAsync(suspendedOn)).Status);
    }

    [Fact]
    public async Task A_paused_listing_is_hidden_until_its_return_date_then_due_at_once()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Pause Group");
        Advance(92);
        await SweepAsync();
        var pause = await OneClickLinkAsync(lead, "Pause Group still running", "Pause it for a break");

        var past = await AnswerAsync(pause, new() { ["ReturnDate"] = "2026-01-01" });
        Assert.Contains("Choose a date after today", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var back = DateOnly.FromDateTime(Now).AddDays(20);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(pause, new() { ["ReturnDate"] = back.ToString("yyyy-MM-dd") })).StatusCode);
        Assert.Equal(ListingStatus.Paused, (await ListingAsync(id)).Status);
        Assert.False(await FoundBySearchAsync("Freshness Pause Group"));

        Advance(19);
        await SweepAsync();
        Assert.Equal(ListingStatus.Paused, (await ListingAsync(id)).Status);

        Advance(1);
        await SweepAsync();
        await SweepAsync();
        Assert.Equal(ListingStatus.Published, (await ListingAsync(id)).Status);
        Assert.True(await FoundBySearchAsync("Freshness Pause Group"));
        Assert.Contains("back in the directory", (await app.LatestAsync(lead, "Pause Group still running")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_has_closed_archives_the_listing_and_its_short_link_still_answers_kindly()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Closing Group");
        Advance(100);
        await SweepAsync();
        await AnswerAsync(await OneClickLinkAsync(lead, "Closing Group still running", "It has closed"));

        var listing = await ListingAsync(id);
        Assert.Equal(ListingStatus.Archived, listing.Status);
        Assert.False(await FoundBySearchAsync("Freshness Closing Group"));
        var page = await app.CreateBrowserLikeClient(followRedirects: true).GetAsync($"/g/{listing.ShortCode}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("closed", PageText.Of(await page.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_sweeps_at_once_send_one_reminder_and_make_one_transition()
    {
        var (id, lead) = await ListingWithLeadAsync("Freshness Race Group");
        var (lapsingId, _) = await ListingWithLeadAsync("Freshness Race Lapsing Group");
        await app.WithDbAsync(db => db.Listings.Where(l => l.Id == lapsingId).ExecuteUpdateAsync(s => s.SetProperty(l => l.LastConfirmedAt, Now.AddDays(-89 - 180))));
        Advance(90);

        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        await Task.WhenAll(
            first.ServiceProvider.GetRequiredService<FreshnessSweep>().RunAsync(),
            second.ServiceProvider.GetRequiredService<FreshnessSweep>().RunAsync());

        Assert.Equal(1, await OutboxCountAsync($"reminder-1:{id}:"));
        Assert.Single(await app.ReadAsync(lead));
        Assert.Equal(ListingStatus.Lapsed, (await ListingAsync(lapsingId)).Status);
        Assert.Equal(1, await LapseChangesAsync(lapsingId));
    }

    private async Task<int> LapseChangesAsync(int id)
    {
        var changes = await app.DbAsync(db => db.ListingChanges.Where(c => c.ListingId == id).ToListAsync());
        return changes.Count(c => c.Fields.Any(f => f.Field == nameof(Listing.Status) && f.New == nameof(ListingStatus.Lapsed)));
    }
}
