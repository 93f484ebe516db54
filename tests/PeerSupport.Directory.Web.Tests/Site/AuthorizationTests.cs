using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// Every lead, moderator and admin page and POST handler, found from the app's own endpoints (so
/// a new page is covered without touching this file), called as anonymous, as a lead, as another
/// listing's lead, as a moderator and as an admin.
/// </summary>
public sealed partial class AuthorizationTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    /// <summary>
    /// /lead pages any signed-in lead may open for any listing or none: asking to manage a listing
    /// they do not lead yet is the point of a claim, and an invitation is checked by its token.
    /// </summary>
    private static readonly string[] OpenToEveryLead = ["/Lead/Index", "/Lead/Claim", "/Lead/New", "/Lead/Invite"];

    private sealed record ProtectedPage(string Path, string RoutePattern, IReadOnlyList<string> PostHandlers)
    {
        public string Url(int listingId) => "/" + RouteParameter().Replace(RoutePattern, m => m.Groups[1].Value switch
        {
            "id" or "listingId" => listingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ when m.Value.Contains('?', StringComparison.Ordinal) => "",
            _ => "x",
        }).TrimEnd('/');

        public IEnumerable<string> PostUrls(int listingId) =>
            PostHandlers.Select(h => h.Length == 0 ? Url(listingId) : $"{Url(listingId)}?handler={h}");

        public override string ToString() => Path;
    }

    private List<ProtectedPage> Pages(params string[] folders)
    {
        _ = app.Server;
        var models = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToDictionary(t => t.FullName!);
        return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()))
            .Where(x => x.Page is not null && folders.Any(f => x.Page.ViewEnginePath.StartsWith($"/{f}/", StringComparison.Ordinal)))
            .DistinctBy(x => x.Page!.ViewEnginePath)
            .Select(x => new ProtectedPage(
                x.Page!.ViewEnginePath,
                x.Endpoint.RoutePattern.RawText ?? "",
                Handlers(models.GetValueOrDefault($"PeerSupport.Directory.Web.Pages{x.Page.ViewEnginePath.Replace('/', '.')}Model"))))];
    }

    private static List<string> Handlers(Type? model) =>
        model is null ? [] : [.. model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => HandlerSuffix().Replace(m.Name["OnPost".Length..], ""))
            .Distinct()];

    [Fact]
    public void The_protected_folders_hold_pages()
    {
        Assert.NotEmpty(Pages("Lead"));
        Assert.NotEmpty(Pages("Moderate"));
        Assert.NotEmpty(Pages("Admin"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_protected_page_and_handler()
    {
        var client = app.CreateBrowserLikeClient();
        foreach (var page in Pages("Lead", "Moderate", "Admin"))
        {
            var get = await client.GetAsync(page.Url(1));
            AssertRedirectedTo("/account/login", get, $"GET {page.Url(1)}");
            foreach (var url in page.PostUrls(1))
            {
                var post = await client.PostAsync(url, new FormUrlEncodedContent([]));
                AssertRedirectedTo("/account/login", post, $"POST {url}");
            }
        }
    }

    [Fact]
    public async Task A_lead_is_refused_every_moderator_and_admin_page_and_handler()
    {
        var client = await SignedInAsync("plain.lead@example.org", Roles.Lead);
        await AssertRefusedAsync(client, Pages("Moderate", "Admin"));
    }

    [Fact]
    public async Task A_moderator_is_refused_every_admin_page_and_handler_but_opens_moderation()
    {
        var client = await SignedInAsync("moderator@example.org", Roles.Moderator);
        await AssertRefusedAsync(client, Pages("Admin"));
        var index = await client.GetAsync("/moderate");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
    }

    [Fact]
    public async Task An_admin_opens_admin_and_moderation_pages()
    {
        var client = await SignedInAsync("admin@example.org", Roles.Admin);
        foreach (var page in Pages("Admin", "Moderate").Where(p => !p.RoutePattern.Contains('{', StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(page.Url(1));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page.Url(1)} gave {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_lead_gets_not_found_from_every_page_and_handler_of_a_listing_they_do_not_lead()
    {
        var (theirs, other) = await TwoListingIdsAsync();
        var client = await SignedInAsync("other.lead@example.org", Roles.Lead, leads: theirs);
        var token = await AntiforgeryTokenAsync(client);
        var listingPages = Pages("Lead").Where(p => !OpenToEveryLead.Contains(p.Path) && p.RoutePattern.Contains("{id", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listingPages);
        foreach (var page in listingPages)
        {
            var own = await client.GetAsync(page.Url(theirs));
            Assert.True(own.StatusCode == HttpStatusCode.OK, $"GET {page.Url(theirs)} of their own listing gave {(int)own.StatusCode}");
            var get = await client.GetAsync(page.Url(other));
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {page.Url(other)} gave {(int)get.StatusCode}");
            foreach (var url in page.PostUrls(other))
            {
                var post = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url} gave {(int)post.StatusCode}");
            }
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.False(await db.ListingChanges.AnyAsync(c => c.ListingId == other && c.ChangedBy.StartsWith("user:")));
    }

    private static async Task AssertRefusedAsync(HttpClient client, List<ProtectedPage> pages)
    {
        Assert.NotEmpty(pages);
        var token = await AntiforgeryTokenAsync(client);
        foreach (var page in pages)
        {
            AssertRedirectedTo("/account/access-denied", await client.GetAsync(page.Url(1)), $"GET {page.Url(1)}");
            foreach (var url in page.PostUrls(1))
            {
                var post = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                AssertRedirectedTo("/account/access-denied", post, $"POST {url}");
            }
        }
    }

    private static void AssertRedirectedTo(string path, HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} gave {(int)response.StatusCode}, not a redirect to {path}");
        Assert.True(response.Headers.Location?.ToString().Contains(path, StringComparison.OrdinalIgnoreCase) == true,
            $"{what} redirected to {response.Headers.Location}, not {path}");
    }

    private async Task<(int Theirs, int Other)> TwoListingIdsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var ids = await db.Listings.Where(l => l.Status == ListingStatus.Published && !l.Leads.Any()).OrderBy(l => l.Id).Select(l => l.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role, int? leads = null)
    {
        var userId = await app.CreateUserAsync(email, role);
        if (leads is { } listingId)
        {
            await app.WithDbAsync(async db =>
            {
                db.ListingLeads.Add(new ListingLead { ListingId = listingId, UserId = userId, IsPrimary = true });
                await db.SaveChangesAsync();
            });
        }
        return await app.SignedInClientAsync(email);
    }

    /// <summary>An antiforgery token for this signed-in client, from the sign-out form every page carries.</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        Forms.TokenIn(await client.GetStringAsync("/"));

    [GeneratedRegex(@"\{\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("Async$")]
    private static partial Regex HandlerSuffix();
}
