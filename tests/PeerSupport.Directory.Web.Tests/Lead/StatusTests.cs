using System.Net;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>A lead's status page: pause and resume, close, and confirm a listing that lapsed.</summary>
public sealed class StatusTests(TimeTravelDirectoryApp app) : IClassFixture<TimeTravelDirectoryApp>
{
    /// <summary>Whether a search for its name links to the listing's page.</summary>
    private async Task<bool> FoundBySearchAsync(string name) =>
        (await app.CreateBrowserLikeClient().GetStringAsync($"/find?q={Uri.EscapeDataString($"\"{name}\"")}")).Contains($"/{Slug.From(name)}\"", StringComparison.Ordinal);

    [Fact]
    public async Task Pausing_takes_a_listing_out_of_search_and_resuming_brings_it_back()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Wrenwhistle Group", userId);
        var anonymous = app.CreateBrowserLikeClient();
        Assert.Contains("Wrenwhistle Group", await anonymous.GetStringAsync("/find?q=wrenwhistle"), StringComparison.Ordinal);

        await lead.PostFormAsync($"/lead/{id}/status?handler=Pause", new Dictionary<string, string> { ["Input.Until"] = "2027-03-01" });

        var paused = await app.ReadListingAsync(id);
        Assert.Equal((ListingStatus.Paused, new DateOnly(2027, 3, 1)), (paused.Status, paused.PausedUntil));
        Assert.DoesNotContain("Wrenwhistle Group", await anonymous.GetStringAsync("/find?q=wrenwhistle"), StringComparison.Ordinal);
        Assert.Contains("taking a break", await anonymous.GetStringAsync($"/groups/{id}/wrenwhistle-group"), StringComparison.Ordinal);

        await lead.PostFormAsync($"/lead/{id}/status?handler=Resume", new Dictionary<string, string>());

        Assert.Equal(ListingStatus.Published, (await app.ReadListingAsync(id)).Status);
        Assert.Contains("Wrenwhistle Group", await anonymous.GetStringAsync("/find?q=wrenwhistle"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_listing_can_be_reopened_by_its_lead_for_30_days_and_by_a_moderator_after()
    {
        var userId = await app.CreateLeadAsync("quillmere.lead@example.com");
        var lead = await app.SignedInClientAsync("quillmere.lead@example.com");
        var id = await app.PublishedListingAsync("Quillmere Reopened Group", userId);
        await lead.PostFormAsync($"/lead/{id}/status?handler=Close", new Dictionary<string, string> { ["Input.ConfirmClose"] = "true" });
        Assert.Equal(ListingStatus.Archived, (await app.ReadListingAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/lead/{id}/status?handler=Reopen", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(ListingStatus.Published, (await app.ReadListingAsync(id)).Status);
        Assert.Contains("Quillmere Reopened Group", await app.CreateBrowserLikeClient().GetStringAsync("/find?q=quillmere"), StringComparison.Ordinal);

        await lead.PostFormAsync($"/lead/{id}/status?handler=Close", new Dictionary<string, string> { ["Input.ConfirmClose"] = "true" });
        app.Clock.Advance(TimeSpan.FromDays(31));
        lead = await app.SignedInClientAsync("quillmere.lead@example.com");
        Assert.Contains("only a moderator can reopen it", PageText.Of(await lead.GetStringAsync($"/lead/{id}/status")), StringComparison.Ordinal);
        var late = await lead.PostFormAsync($"/lead/{id}/status?handler=Reopen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(ListingStatus.Archived, (await app.ReadListingAsync(id)).Status);

        var moderator = await app.SignedInAsync("reopening.moderator@example.com", Roles.Moderator);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.PostFormAsync($"/lead/{id}/status?handler=Reopen", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(ListingStatus.Published, (await app.ReadListingAsync(id)).Status);
    }

    [Fact]
    public async Task Closing_needs_confirmation_then_archives_the_listing()
    {
        var (lead, userId) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = await app.PublishedListingAsync("Larkspur Hollow Group", userId);

        var unconfirmed = await lead.PostFormAsync($"/lead/{id}/status?handler=Close", new Dictionary<string, string>());
        Assert.Contains("Tick the box to confirm the group has closed", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ListingStatus.Published, (await app.ReadListingAsync(id)).Status);

        await lead.PostFormAsync($"/lead/{id}/status?handler=Close", new Dictionary<string, string> { ["Input.ConfirmClose"] = "true" });

        Assert.Equal(ListingStatus.Archived, (await app.ReadListingAsync(id)).Status);
        Assert.DoesNotContain("Larkspur Hollow Group", await app.CreateBrowserLikeClient().GetStringAsync("/find?q=larkspur"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_awaiting_review_cannot_be_made_public_by_closing_it()
    {
        var (lead, _) = await app.SignedInAsNewUserAsync(Roles.Lead);
        var id = ListingFormFields.CreatedId(await lead.PostFormAsync("/lead/new", ListingFormFields.EveryField("Unreviewed Bramble Group")));

        var closing = await lead.PostFormAsync("/lead", action: $"/lead/{id}/status?handler=Close", fields: [new("Input.ConfirmClose", "true")]);

        Assert.Contains("Only a listing that has been published can be marked as closed.", await closing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ListingStatus.Pending, (await app.ReadListingAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync($"/groups/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_lead_revives_a_lapsed_listing_from_their_dashboard()
    {
        var userId = await app.CreateLeadAsync("dashboard.reviver@example.org");
        var id = (await app.AddListingAsync(TestListings.Group("Freshness Dashboard Revival", status: "Lapsed"), [userId])).Id;
        Assert.False(await FoundBySearchAsync("Freshness Dashboard Revival"));

        var lead = await app.SignedInClientAsync("dashboard.reviver@example.org");
        var confirmed = await lead.PostFormAsync("/lead", [], action: $"/lead/{id}/status?handler=Confirm");

        Assert.Equal($"/lead?confirmed={id}", confirmed.Headers.Location?.OriginalString);
        Assert.Contains("shows as confirmed today", await lead.GetStringAsync($"/lead?confirmed={id}"), StringComparison.Ordinal);
        var listing = await app.ReadListingAsync(id);
        Assert.Equal((ListingStatus.Published, app.Now), (listing.Status, listing.LastConfirmedAt!.Value));
        Assert.True(await FoundBySearchAsync("Freshness Dashboard Revival"));
    }
}
