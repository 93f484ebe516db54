using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// The one authorisation test. Every page and POST handler, found from the app's own endpoints
/// (so a new page is covered without touching this file), is called as each kind of visitor and
/// checked against its folder's policy: anonymous visitors are sent to sign in, the wrong role is
/// refused, the right role opens it, and a lead of one listing gets "not found" from another's.
/// Every refused post carries real ids and fields that would change something, and nothing changes.
/// </summary>
public sealed partial class AuthorizationTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    /// <summary>The folders that need an account, and the roles each lets in.</summary>
    private static readonly Dictionary<string, string[]> ProtectedFolders = new()
    {
        ["/Lead"] = [Roles.Lead, Roles.Moderator, Roles.Admin],
        ["/Moderate"] = [Roles.Moderator, Roles.Admin],
        ["/Admin"] = [Roles.Admin],
        ["/Account/Manage"] = [],
    };

    /// <summary>The folders anyone may open, signed in or not.</summary>
    private static readonly string[] PublicFolders = ["/", "/Account", "/Find", "/Freshness", "/Groups", "/Reports", "/Share"];

    /// <summary>
    /// /lead pages any signed-in lead may open for any listing or none: asking to manage a listing
    /// they do not lead yet is the point of a claim, and an invitation is checked by its token.
    /// </summary>
    private static readonly string[] OpenToEveryLead = ["/Lead/Index", "/Lead/Claim", "/Lead/Create", "/Lead/Invite"];

    // xunit makes a new instance per test, sharing the app: every account and row below is this instance's own.
    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private string ownerId = "";
    private string userId = "";
    private int published;
    private int pending;
    private int claimId;
    private int reportId;
    private int tagId;
    private int otherTagId;
    private long changeId;
    private long messageId;

    private string Owner => $"authz.owner.{run}@example.com";

    /// <summary>Fields that would change something on any handler that let the request through.</summary>
    private Dictionary<string, string> Damaging => new()
    {
        ["role"] = Roles.Admin,
        ["userId"] = ownerId,
        ["stepDown"] = "true",
        ["inviteId"] = "1",
        ["intoTagId"] = $"{otherTagId}",
        ["changeId"] = $"{changeId}",
        ["changeIds[0]"] = $"{changeId}",
        ["messageId"] = $"{messageId}",
        ["Invite.Email"] = $"intruder.{run}@example.com",
        ["Input.Name"] = $"Intruder {run}",
        ["Input.Reason"] = "Changed by someone who may not.",
        ["Input.Message"] = "Let me in.",
        ["Input.ConfirmClose"] = "true",
        ["Input.Until"] = "2030-01-01",
        ["Input.Status"] = nameof(ReportStatus.Fixed),
        ["Input.Reply"] = "Changed by someone who may not.",
        ["Input.Kind"] = PlaceAliasKinds.LocalAuthority,
        ["Input.Place"] = "Ilkley",
        ["Input.DimensionId"] = "1",
    };

    public async Task InitializeAsync()
    {
        ownerId = await app.CreateLeadAsync(Owner);
        published = await app.PublishedListingAsync($"Authorization Published Group {run}", ownerId);
        pending = await app.PendingListingAsync($"Authorization Pending Group {run}", $"authz.pending.{run}@example.com");
        userId = await app.CreateUserAsync($"authz.claimant.{run}@example.com");
        reportId = await app.ReportAsync(pending, ReportKind.WrongDetails, $"R-{run}", "authz-key");
        (claimId, tagId, otherTagId, changeId, messageId) = await app.DbAsync(async db =>
        {
            var dimension = await db.TaxonomyDimensions.FirstAsync(d => d.Slug != Dimensions.Format && d.Slug != Dimensions.Activity);
            var tag = new TaxonomyTag { DimensionId = dimension.Id, Slug = $"authz-tag-{run}", Name = $"Authorization tag {run}" };
            var otherTag = new TaxonomyTag { DimensionId = dimension.Id, Slug = $"authz-other-{run}", Name = $"Authorization other tag {run}" };
            var claim = new ListingClaim { ListingId = pending, UserId = userId, Message = "mine", CreatedAt = DateTime.UtcNow };
            var change = new ListingChange { ListingId = pending, ChangedAt = DateTime.UtcNow, ChangedBy = $"user:{userId}", Kind = "edited", Fields = [new("Summary", "a", "b")] };
            var message = new OutboxMessage { IdempotencyKey = $"authz-mail:{run}", To = "x@example.com", Subject = "s", TextBody = "t", HtmlBody = "h", Attempts = 8, GaveUpAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow };
            db.AddRange(tag, otherTag, claim, change, message);
            await db.SaveChangesAsync();
            return (claim.Id, tag.Id, otherTag.Id, change.Id, message.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record ProtectedPage(string Path, string RoutePattern, IReadOnlyList<string> PostHandlers)
    {
        public string Folder => Path[..Path.LastIndexOf('/')] is { Length: > 0 } folder ? folder : "/";

        public bool IsForOneListing => !OpenToEveryLead.Contains(Path) && RoutePattern.Contains("{id", StringComparison.Ordinal);

        public string Url(string id) => "/" + RouteParameter().Replace(RoutePattern, m => m.Groups[1].Value switch
        {
            "id" or "listingId" => id,
            _ when m.Value.Contains('?', StringComparison.Ordinal) => "",
            _ => "x",
        }).TrimEnd('/');

        public IEnumerable<string> PostUrls(string id) =>
            PostHandlers.Select(h => h.Length == 0 ? Url(id) : $"{Url(id)}?handler={h}");

        public override string ToString() => Path;
    }

    /// <summary>Every Razor page of the app, with its route and POST handlers (those of base classes too).</summary>
    private List<ProtectedPage> AllPages()
    {
        _ = app.Server;
        var models = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToDictionary(t => t.FullName!);
        return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .DistinctBy(x => x.Page!.ViewEnginePath)
            .Select(x => new ProtectedPage(
                x.Page!.ViewEnginePath,
                x.Endpoint.RoutePattern.RawText ?? "",
                Handlers(models.GetValueOrDefault($"PeerSupport.Directory.Web.Pages{x.Page.ViewEnginePath.Replace('/', '.')}Model"))))];
    }

    private List<ProtectedPage> Pages(params string[] folders)
    {
        var pages = AllPages().Where(p => folders.Contains(p.Folder)).ToList();
        Assert.NotEmpty(pages);
        return pages;
    }

    private static List<string> Handlers(Type? model) =>
        model is null ? [] : [.. model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => HandlerSuffix().Replace(m.Name["OnPost".Length..], ""))
            .Distinct()];

    /// <summary>The id of a real row for each page's {id}: so a request let through by mistake would find something to change.</summary>
    private string IdFor(ProtectedPage page) => page.Path switch
    {
        "/Moderate/Claim" => $"{claimId}",
        "/Moderate/Report" => $"{reportId}",
        "/Moderate/Tag" => $"{tagId}",
        "/Admin/User" => userId,
        "/Moderate/Review" or "/Moderate/History" => $"{pending}",
        _ => $"{published}",
    };

    [Fact]
    public void Every_page_is_in_a_folder_whose_policy_this_test_knows()
    {
        var unknown = AllPages().Where(p => !ProtectedFolders.ContainsKey(p.Folder) && !PublicFolders.Contains(p.Folder)).ToList();
        Assert.True(unknown.Count == 0, $"Say who may open {string.Join(", ", unknown)}: add the folder to ProtectedFolders or PublicFolders.");
    }

    [Fact]
    public void The_lead_pages_open_to_every_lead_are_real_pages() =>
        Assert.Subset(AllPages().Select(p => p.Path).ToHashSet(), OpenToEveryLead.ToHashSet());

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_back_from_every_protected_page_and_handler()
    {
        var client = app.CreateBrowserLikeClient();
        foreach (var page in Pages([.. ProtectedFolders.Keys]))
        {
            var url = page.Url(IdFor(page));
            var get = await client.GetAsync(url);
            AssertRedirectedTo("/account/login", get, $"GET {url}");
            Assert.Equal(url, ReturnUrlOf(get));
            foreach (var post in page.PostUrls(IdFor(page)))
            {
                // No antiforgery token either: signing in is asked for before the token is checked.
                AssertRedirectedTo("/account/login", await client.PostAsync(post, new FormUrlEncodedContent(Damaging)), $"POST {post}");
            }
        }
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_lead_is_refused_every_moderator_and_admin_page_and_handler()
    {
        var lead = await app.SignedInAsync($"authz.lead.{run}@example.com", Roles.Lead);
        await AssertRefusedAsync(lead, Pages("/Moderate", "/Admin"));
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_moderator_is_refused_every_admin_page_and_handler()
    {
        var moderator = await app.SignedInAsync($"authz.moderator.{run}@example.com", Roles.Moderator);
        await AssertRefusedAsync(moderator, Pages("/Admin"));
        await AssertNothingChangedAsync();
    }

    [Fact]
    public async Task A_moderator_opens_every_moderation_page_and_every_lead_page_of_a_listing_they_do_not_lead()
    {
        var moderator = await app.SignedInAsync($"authz.moderator.{run}@example.com", Roles.Moderator);
        await AssertOpensAsync(moderator, [.. Pages("/Moderate"), .. Pages("/Lead").Where(p => p.IsForOneListing)]);
    }

    [Fact]
    public async Task An_admin_opens_every_admin_and_moderation_page()
    {
        var admin = await app.SignedInAsync($"authz.admin.{run}@example.com", Roles.Admin);
        await AssertOpensAsync(admin, Pages("/Admin", "/Moderate"));
    }

    [Fact]
    public async Task The_jobs_dashboard_opens_for_admins_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBrowserLikeClient().GetAsync("/admin/jobs")).StatusCode);
        var moderator = await app.SignedInAsync($"authz.moderator.{run}@example.com", Roles.Moderator);
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync("/admin/jobs")).StatusCode);
        var admin = await app.SignedInAsync($"authz.admin.{run}@example.com", Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_opens_every_page_of_their_own_account()
    {
        var person = await app.SignedInAsync($"authz.person.{run}@example.com", Roles.Lead);
        await AssertOpensAsync(person, Pages("/Account/Manage"));
    }

    [Fact]
    public async Task A_lead_opens_every_page_of_a_listing_they_lead()
    {
        var owner = await app.SignedInClientAsync(Owner);
        var listingPages = Pages("/Lead").Where(p => p.IsForOneListing).ToList();
        Assert.NotEmpty(listingPages);
        await AssertOpensAsync(owner, listingPages);
    }

    [Fact]
    public async Task A_lead_gets_not_found_from_every_page_and_handler_of_a_listing_they_do_not_lead()
    {
        var strangerId = await app.CreateLeadAsync($"authz.stranger.{run}@example.com");
        await app.PublishedListingAsync($"Authorization Stranger Group {run}", strangerId);
        var stranger = await app.SignedInClientAsync($"authz.stranger.{run}@example.com");
        var home = await stranger.GetStringAsync("/");
        var listingPages = Pages("/Lead").Where(p => p.IsForOneListing).ToList();
        Assert.NotEmpty(listingPages);

        foreach (var page in listingPages)
        {
            var url = page.Url($"{published}");
            var get = await stranger.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {url} gave {(int)get.StatusCode}");
            foreach (var post in page.PostUrls($"{published}"))
            {
                var response = await stranger.PostFromPageAsync(post, home, Damaging);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {post} gave {(int)response.StatusCode}");
            }
        }
        Assert.DoesNotContain($"Authorization Published Group {run}", await stranger.GetStringAsync("/lead"), StringComparison.Ordinal);
        await AssertNothingChangedAsync();
    }

    private async Task AssertRefusedAsync(HttpClient client, List<ProtectedPage> pages)
    {
        // A token from a page this client may open, so a refusal is the policy's and not a missing token's.
        var home = await client.GetStringAsync("/");
        foreach (var page in pages)
        {
            var url = page.Url(IdFor(page));
            AssertRedirectedTo("/account/access-denied", await client.GetAsync(url), $"GET {url}");
            foreach (var post in page.PostUrls(IdFor(page)))
            {
                AssertRedirectedTo("/account/access-denied", await client.PostFromPageAsync(post, home, Damaging), $"POST {post}");
            }
        }
    }

    private async Task AssertOpensAsync(HttpClient client, IEnumerable<ProtectedPage> pages)
    {
        foreach (var page in pages)
        {
            var url = page.Url(IdFor(page));
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        }
    }

    private static void AssertRedirectedTo(string path, HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} gave {(int)response.StatusCode}, not a redirect to {path}");
        Assert.True(PathOf(response).StartsWith(path, StringComparison.OrdinalIgnoreCase), $"{what} redirected to {response.Headers.Location}, not {path}");
    }

    /// <summary>Where a redirect points, as a site-relative path (the sign-in redirects are absolute).</summary>
    private static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { } location ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString : "";

    private static string? ReturnUrlOf(HttpResponseMessage redirect) =>
        ReturnUrl().Match(PathOf(redirect)) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value) : null;

    private async Task AssertNothingChangedAsync()
    {
        var (publishedStatus, pendingStatus) = (await app.ReadListingAsync(published), await app.ReadListingAsync(pending));
        Assert.Equal(ListingStatus.Published, publishedStatus.Status);
        Assert.Equal([ownerId], publishedStatus.Leads.Select(l => l.UserId));
        Assert.Equal(ListingStatus.Pending, pendingStatus.Status);
        Assert.Equal("", pendingStatus.ModeratorNote);
        Assert.False(await app.DbAsync(db => db.ListingChanges.AnyAsync(c => c.ListingId == published && c.ChangedBy.StartsWith("user:"))));
        Assert.False(await app.DbAsync(db => db.LeadInvites.AnyAsync(i => i.ListingId == published)));
        Assert.Equal(ClaimStatus.Pending, await app.DbAsync(db => db.ListingClaims.Where(c => c.Id == claimId).Select(c => c.Status).SingleAsync()));
        Assert.Equal(ReportStatus.Received, await app.DbAsync(db => db.ProblemReports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
        Assert.Null(await app.DbAsync(db => db.ListingChanges.Where(c => c.Id == changeId).Select(c => c.ReviewedAt).SingleAsync()));
        Assert.NotNull(await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == messageId).Select(m => m.GaveUpAt).SingleAsync()));
        Assert.Equal($"Authorization tag {run}", await app.DbAsync(db => db.TaxonomyTags.Where(t => t.Id == tagId).Select(t => t.Name).SingleAsync()));
        Assert.False(await app.DbAsync(db => db.TaxonomyTags.AnyAsync(t => t.Name == $"Intruder {run}")));
        Assert.False(await app.DbAsync(db => db.PlaceAliases.AnyAsync(a => a.Name == $"Intruder {run}")));
        Assert.False(await app.DbAsync(db => db.Listings.AnyAsync(l => l.Name == $"Intruder {run}")));
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SuspendedAt).SingleAsync()));
        Assert.Empty(await app.DbAsync(db => db.UserRoles.Where(r => r.UserId == userId).ToListAsync()));
    }

    [GeneratedRegex(@"\{\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("Async$")]
    private static partial Regex HandlerSuffix();

    [GeneratedRegex("[?&]ReturnUrl=([^&]+)")]
    private static partial Regex ReturnUrl();
}
