using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>Listings for tests, made through the real importer, with their leads, problem reports and a search of the index.</summary>
public static class TestListings
{
    /// <summary>A weekly drop-in hearing-voices group in Leeds, as an import file would hold it.</summary>
    public static ListingRecord Group(string name, double lat = 53.80, double lon = -1.55, string status = "Published") => new()
    {
        ExternalId = $"web-test-{Slug.From(name)}",
        Name = name,
        Summary = $"{name} meets every week.",
        WhoFor = "Anyone who hears voices.",
        HostType = "UserLed",
        RunBy = "PeerLed",
        JoinBy = "DropIn",
        Cost = "Free",
        Formats = ["Group", "InPerson"],
        Tags = ["hearing-voices"],
        Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Wednesday", Start = "18:00", End = "20:00" }],
        Place = new PlaceRecord { Venue = "Test Hall", Town = "Leeds", Latitude = lat, Longitude = lon },
        Status = status,
    };

    /// <summary>
    /// Whether a search for exactly <paramref name="name"/> lists a group of that name, as a
    /// result's heading rather than merely the words searched for; on <paramref name="node"/>
    /// when given (a site process), else on the client's own site.
    /// </summary>
    public static async Task<bool> FindsGroupAsync(this HttpClient client, string name, Uri? node = null)
    {
        var path = $"/find?q=%22{Uri.EscapeDataString(name)}%22";
        var html = await client.GetStringAsync(node is null ? new Uri(path, UriKind.Relative) : new Uri(node, path));
        return html.Contains($">{name}</a></h2>", StringComparison.Ordinal);
    }

    /// <summary>A name no other test uses ("Claimable Group 3f9a1c").</summary>
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    public static Task<ImportResult> ImportAsync(this DirectoryAppFactory app, params ListingRecord[] records) =>
        app.Services.ImportListingsAsync(records);

    /// <summary>Imports through the product's importer in a scope of <paramref name="root"/> (an app's services, or a tool's over the same database).</summary>
    public static async Task<ImportResult> ImportListingsAsync(this IServiceProvider root, params ListingRecord[] records)
    {
        await using var scope = root.CreateAsyncScope();
        var json = System.Text.Json.JsonSerializer.Serialize(new ListingFile { Listings = [.. records] }, ListingFile.Json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<ListingImporter>().ImportAsync(stream);
    }

    /// <summary>
    /// Imports one listing (failing the test if it is rejected), makes <paramref name="leadIds"/> its
    /// leads (the first one primary), applies <paramref name="change"/>, and returns it as saved.
    /// </summary>
    public static async Task<Listing> AddListingAsync(this DirectoryAppFactory app, ListingRecord record, IReadOnlyList<string>? leadIds = null, Action<Listing>? change = null)
    {
        Assert.Empty((await app.ImportAsync(record)).Rejected);
        return await app.DbAsync(async db =>
        {
            var listing = await db.Listings.SingleAsync(l => l.ExternalId == record.ExternalId);
            foreach (var (leadId, index) in (leadIds ?? []).Select((id, i) => (id, i)))
            {
                db.ListingLeads.Add(new ListingLead { ListingId = listing.Id, UserId = leadId, IsPrimary = index == 0, AddedAt = DateTime.UtcNow.AddMinutes(index) });
            }
            change?.Invoke(listing);
            await db.SaveChangesAsync();
            return listing;
        });
    }

    /// <summary>A published <see cref="Group"/> led by <paramref name="leadIds"/> (the first one primary); returns its id.</summary>
    public static async Task<int> PublishedListingAsync(this DirectoryAppFactory app, string name, params string[] leadIds) =>
        (await app.AddListingAsync(Group(name), leadIds)).Id;

    /// <summary>A <see cref="Group"/> waiting for moderation, led by a new account for <paramref name="leadEmail"/> when one is named; returns its id.</summary>
    public static async Task<int> PendingListingAsync(this DirectoryAppFactory app, string name, string? leadEmail = null)
    {
        string[] leads = leadEmail is null ? [] : [await app.CreateLeadAsync(leadEmail)];
        return (await app.AddListingAsync(Group(name, status: "Pending"), leads)).Id;
    }

    /// <summary>A listing as stored, with its schedules, contacts, tags and leads.</summary>
    public static Task<Listing> ReadListingAsync(this DirectoryAppFactory app, int id) =>
        app.DbAsync(db => db.Listings.AsNoTracking()
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).Include(l => l.Leads)
            .AsSplitQuery().SingleAsync(l => l.Id == id));

    /// <summary>A problem report as the public form writes it: a reference and the hash of the reporter's key; returns its id.</summary>
    public static Task<int> ReportAsync(this DirectoryAppFactory app, int listingId, ReportKind kind, string reference, string key, DateTime? createdAt = null) =>
        app.DbAsync(async db =>
        {
            var report = new ProblemReport
            {
                Reference = reference,
                KeyHash = SecretKey.Hash(key),
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

    /// <summary>The index's answer to a free-text search, up to 100 hits.</summary>
    public static SearchResults Search(this DirectoryAppFactory app, string text) =>
        app.Services.GetRequiredService<ListingSearch>().Search(new SearchRequest { Text = text, PageSize = 100 });
}
