using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests;

/// <summary>People and listings for the claims, co-leads and public-forms tests: real accounts, real sign-in.</summary>
public static class PeopleTestSupport
{
    /// <summary>A published listing led by <paramref name="leadIds"/> (the first is the primary lead); returns its id.</summary>
    public static async Task<int> ListingLedByAsync(this DirectoryAppFactory app, string name, bool acceptsMessages, params string[] leadIds)
    {
        await app.ImportAsync(TestSupport.Group(name, 53.80, -1.55));
        var id = 0;
        await app.WithDbAsync(async db =>
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == name);
            listing.AcceptsMessages = acceptsMessages;
            foreach (var (leadId, index) in leadIds.Select((x, i) => (x, i)))
            {
                db.ListingLeads.Add(new ListingLead { ListingId = listing.Id, UserId = leadId, IsPrimary = index == 0, AddedAt = DateTime.UtcNow.AddMinutes(index) });
            }
            await db.SaveChangesAsync();
            id = listing.Id;
        });
        return id;
    }

    /// <summary>
    /// Posts with an antiforgery token taken from <paramref name="tokenPage"/>, a page this client can
    /// open, so a refusal proves the handler's own check rather than a missing token.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(this HttpClient client, string tokenPage, string url, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(tokenPage);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The public group page, found by id alone (the page redirects to its slug).</summary>
    public static async Task<string> GroupPageAsync(this HttpClient client, int listingId)
    {
        var redirect = await client.GetAsync($"/groups/{listingId}");
        return await client.GetStringAsync(redirect.Headers.Location);
    }

    public static async Task<T> QueryDbAsync<T>(this DirectoryAppFactory app, Func<DirectoryDbContext, Task<T>> query)
    {
        T result = default!;
        await app.WithDbAsync(async db => result = await query(db));
        return result;
    }

    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";
}
