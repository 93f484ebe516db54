using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Tests;

/// <summary>Accounts, signed-in clients and moderation data for the moderator and admin tests.</summary>
public static partial class ModerationSupport
{
    public static async Task<int> PendingListingAsync(this DirectoryAppFactory app, string name, string? leadEmail = null)
    {
        var record = TestSupport.Group(name, 53.80, -1.55, status: "Pending");
        var result = await app.ImportAsync(record);
        Assert.Empty(result.Rejected);
        var leadId = leadEmail is null ? null : await app.CreateUserAsync(leadEmail, Roles.Lead);
        return await app.DbAsync(async db =>
        {
            var id = await db.Listings.Where(l => l.ExternalId == record.ExternalId).Select(l => l.Id).SingleAsync();
            if (leadId is not null)
            {
                db.ListingLeads.Add(new ListingLead { ListingId = id, UserId = leadId, IsPrimary = true, AddedAt = DateTime.UtcNow });
                await db.SaveChangesAsync();
            }
            return id;
        });
    }

    public static async Task<int> PublishedListingAsync(this DirectoryAppFactory app, string name)
    {
        var record = TestSupport.Group(name, 53.80, -1.55);
        Assert.Empty((await app.ImportAsync(record)).Rejected);
        return await app.DbAsync(db => db.Listings.Where(l => l.ExternalId == record.ExternalId).Select(l => l.Id).SingleAsync());
    }

    /// <summary>A problem report as the public form writes it: a reference and the SHA-256 of the reporter's key.</summary>
    public static async Task<int> ReportAsync(this DirectoryAppFactory app, int listingId, ReportKind kind, string reference, string key, DateTime? createdAt = null) =>
        await app.DbAsync(async db =>
        {
            var report = new ProblemReport
            {
                Reference = reference,
                KeyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
                ListingId = listingId,
                Kind = kind,
                Details = $"Details of {reference}",
                CreatedAt = createdAt ?? DateTime.UtcNow,
                UpdatedAt = createdAt ?? DateTime.UtcNow,
            };
            db.ProblemReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    public static async Task<T> DbAsync<T>(this DirectoryAppFactory app, Func<DirectoryDbContext, Task<T>> read)
    {
        T result = default!;
        await app.WithScopeAsync(async services => result = await read(services.GetRequiredService<DirectoryDbContext>()));
        return result;
    }

    public static SearchResults Search(this DirectoryAppFactory app, string text) =>
        app.Services.GetRequiredService<ListingSearch>().Search(new SearchRequest { Text = text, PageSize = 100 });

    /// <summary>Posts a form from a page the client already fetched (so two people can act on what they each saw).</summary>
    public static async Task<HttpResponseMessage> PostFromPageAsync(this HttpClient client, string url, string pageHtml, IDictionary<string, string> fields)
    {
        var token = AntiforgeryToken().Match(pageHtml).Groups[1].Value;
        var all = HiddenInputs(pageHtml).Where(h => !fields.ContainsKey(h.Key)).Concat(fields)
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Opens the page, then submits its form to <paramref name="handler"/> with its hidden fields (such as the version seen) and <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string handler, IDictionary<string, string> fields) =>
        await client.PostFromPageAsync($"{url}?handler={handler}", await client.GetStringAsync(url), fields);

    /// <summary>Named hidden inputs on a page, except the antiforgery token.</summary>
    public static Dictionary<string, string> HiddenInputs(string html) =>
        HiddenInput().Matches(html).Select(m => (Name: m.Groups["name"].Value, Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(h => h.Name.StartsWith("Input.", StringComparison.Ordinal))
            .GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>The "changeIds" hidden inputs of the edits feed: what the moderator has on screen.</summary>
    public static Dictionary<string, string> HiddenIds(string html) =>
        new([.. ChangeIdInput().Matches(html).Select((m, i) => new KeyValuePair<string, string>($"changeIds[{i}]", m.Groups[1].Value))]);

    public static async Task<string> TextOfAsync(this HttpClient client, string url) => TestSupport.Text(await client.GetStringAsync(url));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"changeIds\" value=\"(\\d+)\"")]
    private static partial Regex ChangeIdInput();

    [GeneratedRegex("<input type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
