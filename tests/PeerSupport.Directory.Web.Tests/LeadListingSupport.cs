using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests;

/// <summary>Signed-in clients, a complete listing form and small database helpers for the lead pages' tests.</summary>
public static partial class LeadListingSupport
{
    private const string Password = "a long enough test password";

    /// <summary>A new account with the given roles, signed in through the real login page.</summary>
    public static async Task<(HttpClient Client, string UserId)> SignInAsNewUserAsync(this DirectoryAppFactory app, params string[] roles)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var userId = "";
        await app.WithScopeAsync(async services =>
        {
            var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in roles.Where(r => !roleManager.Roles.Any(existing => existing.Name == r)))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
            var inRoles = await users.AddToRolesAsync(user, roles);
            Assert.True(inRoles.Succeeded, string.Join(", ", inRoles.Errors.Select(e => e.Description)));
            userId = user.Id;
        });
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, userId);
    }

    /// <summary>Posts to <paramref name="url"/> with an antiforgery token taken from the page at <paramref name="tokenFrom"/>.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenFrom, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(tokenFrom);
        var token = TokenPattern().Match(page).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Every field of the form filled in, as a browser posts it (several values per checkbox group).</summary>
    public static List<KeyValuePair<string, string>> EveryField(string name) =>
    [
        new("Input.Name", name),
        new("Input.Summary", $"{name} meets for walks and talk."),
        new("Input.Description", "We walk for an hour.\n\nThen we have tea."),
        new("Input.Tags", "women"),
        new("Input.Tags", "hearing-voices"),
        new("Input.Tags", "walking"),
        new("Input.WhoFor", "Women who hear voices"),
        new("Input.Eligibility", "Over 18s living in Leeds"),
        new("Input.Formats", "Group"),
        new("Input.Formats", "InPerson"),
        new("Input.Formats", "Online"),
        new("Input.RunBy", "PeersWithStaff"),
        new("Input.HostType", "VoluntarySector"),
        new("Input.Organisation", "Leeds Mind"),
        new("Input.JoinBy", "ContactFirst"),
        new("Input.FirstVisit", "Someone meets you at the gate."),
        new("Input.Cost", "Donation"),
        new("Input.CostNotes", "£1 for tea"),
        new("Input.Accessibility", "StepFree"),
        new("Input.Accessibility", "QuietSpace"),
        new("Input.Languages", "English, Urdu"),
        new("Input.Contacts[0].Kind", "Email"),
        new("Input.Contacts[0].Value", "walks@example.org"),
        new("Input.Contacts[0].Label", "Email Sam"),
        new("Input.Contacts[1].Kind", "Phone"),
        new("Input.Contacts[1].Value", "0113 496 0000"),
        new("Input.Contacts[1].Label", ""),
        new("Input.Contacts[2].Kind", "Email"),
        new("Input.Contacts[2].Value", ""),
        new("Input.Contacts[2].Label", ""),
        new("Input.Schedules[0].Kind", "Weekly"),
        new("Input.Schedules[0].Day", "Tuesday"),
        new("Input.Schedules[0].Start", "18:00"),
        new("Input.Schedules[0].End", "20:00"),
        new("Input.Schedules[1].Kind", "Fortnightly"),
        new("Input.Schedules[1].Day", "Saturday"),
        new("Input.Schedules[1].Date", "2026-11-28"),
        new("Input.Schedules[1].Start", "10:00"),
        new("Input.Schedules[2].Kind", "MonthlyNthWeekday"),
        new("Input.Schedules[2].Nth", "-1"),
        new("Input.Schedules[2].Day", "Friday"),
        new("Input.Schedules[2].Start", "13:30"),
        new("Input.Schedules[3].Kind", "OneOff"),
        new("Input.Schedules[3].Date", "31/12/2026"),
        new("Input.Schedules[3].Start", "11:00"),
        new("Input.Schedules[3].Notes", "Winter walk"),
        new("Input.Schedules[4].Kind", "ByArrangement"),
        new("Input.Schedules[4].Notes", "One-to-one walks"),
        new("Input.Schedules[5].Kind", ""),
        new("Input.Place.Search", "Leeds"),
        new("Input.Place.VenueName", "Roundhay Park Lodge"),
        new("Input.Place.Address", "12 Mansion Lane"),
        new("Input.Place.Town", "Leeds"),
        new("Input.Place.Postcode", "LS8 2HH"),
        new("Input.Area.Kind", "Radius"),
        new("Input.Area.Centre", "Leeds"),
        new("Input.Area.RadiusKm", "15"),
        new("Input.AddressOnRequest", "false"),
        new("Input.AcceptsMessages", "true"),
    ];

    /// <summary>The fields with one replaced (or added).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    /// <summary>The edit form exactly as the page rendered it (its hidden version and original values included).</summary>
    public static async Task<List<KeyValuePair<string, string>>> EditFormAsync(this HttpClient client, int id, string name)
    {
        var html = await client.GetStringAsync($"/lead/{id}/edit");
        var version = HiddenValue(html, "Input.Version");
        var original = HiddenValue(html, "Input.Original");
        return EveryField(name).With("Input.Version", version).With("Input.Original", original);
    }

    public static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    public static int CreatedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Regex.Match(response.Headers.Location!.OriginalString, @"(?:created|saved)=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A published listing (through the importer) led by <paramref name="userId"/>.</summary>
    public static async Task<int> PublishedListingLedByAsync(this DirectoryAppFactory app, string name, string userId)
    {
        await app.ImportAsync(TestSupport.Group(name, 53.7990, -1.5500));
        var id = 0;
        await app.WithDbAsync(async db =>
        {
            id = await db.Listings.Where(l => l.Name == name).Select(l => l.Id).SingleAsync();
            db.ListingLeads.Add(new ListingLead { ListingId = id, UserId = userId, IsPrimary = true, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<Listing> ListingAsync(this DirectoryAppFactory app, int id)
    {
        Listing? listing = null;
        await app.WithDbAsync(async db => listing = await db.Listings.AsNoTracking()
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).Include(l => l.Leads)
            .AsSplitQuery().SingleAsync(l => l.Id == id));
        return listing!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
