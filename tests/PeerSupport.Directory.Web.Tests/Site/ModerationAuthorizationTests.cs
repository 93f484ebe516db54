using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Every moderator and admin page and form handler, called by each kind of visitor.</summary>
public sealed class ModerationAuthorizationTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    private HttpClient lead = null!;
    private HttpClient moderator = null!;
    private HttpClient admin = null!;
    private int listingId;
    private int claimId;
    private int reportId;
    private int tagId;
    private string userId = "";
    private long changeId;
    private long messageId;

    // xunit makes a new instance per test, sharing the app: every account and listing is this instance's own.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public async Task InitializeAsync()
    {
        lead = await app.SignedInAsync($"authz.lead.{run}@example.com", Roles.Lead);
        moderator = await app.SignedInAsync($"authz.moderator.{run}@example.com", Roles.Moderator);
        admin = await app.SignedInAsync($"authz.admin.{run}@example.com", Roles.Admin);
        listingId = await app.PendingListingAsync($"Authorization Test Group {run}", $"authz.owner.{run}@example.com");
        userId = await app.CreateUserAsync($"authz.claimant.{run}@example.com");
        reportId = await app.ReportAsync(listingId, ReportKind.WrongDetails, $"R-{run}", "authz-key");
        (claimId, tagId, changeId, messageId) = await app.DbAsync(async db =>
        {
            var claim = new ListingClaim { ListingId = listingId, UserId = userId, Message = "mine", CreatedAt = DateTime.UtcNow };
            var change = new ListingChange { ListingId = listingId, ChangedAt = DateTime.UtcNow, ChangedBy = $"user:{userId}", Kind = "edited", Fields = [new("Summary", "a", "b")] };
            var message = new OutboxMessage { IdempotencyKey = $"authz-mail:{run}", To = "x@example.com", Subject = "s", TextBody = "t", HtmlBody = "h", Attempts = 8, GaveUpAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow };
            db.AddRange(claim, change, message);
            await db.SaveChangesAsync();
            return (claim.Id, await db.TaxonomyTags.Where(t => t.Slug == "hearing-voices").Select(t => t.Id).SingleAsync(), change.Id, message.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string[] ModeratorPages =>
    [
        "/moderate", "/moderate/listings", $"/moderate/listings/{listingId}", $"/moderate/listings/{listingId}/history",
        "/moderate/claims", $"/moderate/claims/{claimId}", "/moderate/reports", $"/moderate/reports/{reportId}",
        "/moderate/edits", "/moderate/taxonomy", $"/moderate/taxonomy/tags/{tagId}",
    ];

    private string[] ModeratorHandlers =>
    [
        $"/moderate/listings/{listingId}?handler=Approve", $"/moderate/listings/{listingId}?handler=Reject",
        $"/moderate/claims/{claimId}?handler=Approve", $"/moderate/claims/{claimId}?handler=Reject",
        $"/moderate/reports/{reportId}?handler=SetStatus",
        "/moderate/edits?handler=Review", "/moderate/edits?handler=ReviewAll",
        "/moderate/taxonomy?handler=Add", $"/moderate/taxonomy/tags/{tagId}?handler=Save", $"/moderate/taxonomy/tags/{tagId}?handler=Merge",
    ];

    private string[] AdminPages => ["/admin", "/admin/users?email=authz", $"/admin/users/{userId}", "/admin/mail"];

    private string[] AdminHandlers =>
    [
        $"/admin/users/{userId}?handler=Lock", $"/admin/users/{userId}?handler=Unlock",
        $"/admin/users/{userId}?handler=AddRole", $"/admin/users/{userId}?handler=RemoveRole",
        "/admin/mail?handler=Retry",
    ];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_page_and_handler()
    {
        var anonymous = app.CreateBrowserLikeClient();
        await AssertAllAsync(anonymous, [.. ModeratorPages, .. AdminPages], [.. ModeratorHandlers, .. AdminHandlers], "/account/login");
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_plain_lead_is_denied_every_page_and_handler()
    {
        await AssertAllAsync(lead, [.. ModeratorPages, .. AdminPages], [.. ModeratorHandlers, .. AdminHandlers], "/account/access-denied");
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_moderator_opens_every_moderation_page_but_is_denied_the_admin_ones()
    {
        foreach (var page in ModeratorPages)
        {
            Assert.True((await moderator.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);
        }
        await AssertAllAsync(moderator, AdminPages, AdminHandlers, "/account/access-denied");
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task An_admin_opens_every_moderation_and_admin_page()
    {
        foreach (var page in ModeratorPages.Concat(AdminPages))
        {
            Assert.True((await admin.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);
        }
    }

    private static async Task AssertAllAsync(HttpClient client, string[] pages, string[] handlers, string redirectTo)
    {
        foreach (var page in pages)
        {
            AssertRedirected(await client.GetAsync(page), redirectTo, $"GET {page}");
        }
        foreach (var handler in handlers)
        {
            AssertRedirected(await client.PostAsync(handler, new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = Roles.Admin, ["Input.Reason"] = "x" })),
                redirectTo, $"POST {handler}");
        }
    }

    private static void AssertRedirected(HttpResponseMessage response, string redirectTo, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {response.StatusCode}");
        Assert.True(response.Headers.Location!.PathAndQuery.StartsWith(redirectTo, StringComparison.Ordinal), $"{what}: {response.Headers.Location}");
    }

    private async Task AssertNothingChangedAsync()
    {
        Assert.Equal(ListingStatus.Pending, await app.DbAsync(db => db.Listings.Where(l => l.Id == listingId).Select(l => l.Status).SingleAsync()));
        Assert.Equal(ClaimStatus.Pending, await app.DbAsync(db => db.ListingClaims.Where(c => c.Id == claimId).Select(c => c.Status).SingleAsync()));
        Assert.Null(await app.DbAsync(db => db.ListingChanges.Where(c => c.Id == changeId).Select(c => c.ReviewedAt).SingleAsync()));
        Assert.NotNull(await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == messageId).Select(m => m.GaveUpAt).SingleAsync()));
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Empty(await app.DbAsync(db => db.UserRoles.Where(r => r.UserId == userId).ToListAsync()));
    }
}
