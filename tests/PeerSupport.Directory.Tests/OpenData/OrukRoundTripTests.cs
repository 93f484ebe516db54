using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>Our ORUK output for the seed listings, taken in by our ORUK importer into a fresh directory.</summary>
public sealed class OrukRoundTripTests
{
    [Fact]
    public async Task Every_public_seed_listing_comes_back_with_the_same_words_kind_of_host_place_area_schedules_formats_costs_languages_access_tags_contacts_and_status()
    {
        await using var from = await TestDirectory.CreateAsync(withIndex: false);
        await from.ImportJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-data", "listings.json")));
        List<Listing> published;
        await using (var db = from.NewContext())
        {
            published = await db.Listings.Where(l => l.Status == ListingStatus.Published || l.Status == ListingStatus.Paused)
                .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
                .AsSplitQuery().ToListAsync();
        }
        var file = Path.Combine(from.Folder, "our-feed.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(published.Select(l => OrukServices.Service(l, $"https://example.org/g/{l.ShortCode}")), OrukJson.Options));

        await using var to = await TestDirectory.CreateAsync(withIndex: false);
        OrukImportResult result;
        await using (var scope = to.Services.CreateAsyncScope())
        {
            using var http = new HttpClient();
            var reader = new OrukFeedReader(http, new OrukFeedOptions(), TimeProvider.System);
            result = await scope.ServiceProvider.GetRequiredService<OrukImporter>().ImportAsync(reader.ReadAsync(file), new OrukImportOptions("our-feed.json", Publish: true));
        }

        Assert.Empty(result.NotImported);
        Assert.Empty(result.Unread);
        await using var back = to.NewContext();
        var imported = (await back.Listings.Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).AsSplitQuery().ToListAsync())
            .ToDictionary(l => l.Name);
        Assert.Equal(published.Count, imported.Count);
        foreach (var original in published)
        {
            var copy = imported[original.Name];
            Assert.Equal(
                (original.Summary, original.Description, original.WhoFor, original.Eligibility, original.FirstVisit, original.Organisation, original.HostType, original.RunBy, original.JoinBy),
                (copy.Summary, copy.Description, copy.WhoFor, copy.Eligibility, copy.FirstVisit, copy.Organisation, copy.HostType, copy.RunBy, copy.JoinBy));
            Assert.Equal((original.Cost, original.CostNotes, original.Languages, original.Accessibility), (copy.Cost, copy.CostNotes, copy.Languages, copy.Accessibility));
            // An address-on-request venue leaves as its area only, so it comes back as that area (no street, no postcode).
            Assert.Equal(PlaceOf(original.PublicPlaceOf()), PlaceOf(copy.Place));
            Assert.Equal(original.Schedules.OrderBy(s => s.Id).Select(ScheduleText.Describe), copy.Schedules.OrderBy(s => s.Id).Select(ScheduleText.Describe));
            Assert.Equal(original.Formats, copy.Formats);
            Assert.Equal(AreaOf(original.PublicAreaOf()), AreaOf(copy.Area));
            Assert.Equal(original.Tags.Select(t => t.Slug).Order(), copy.Tags.Select(t => t.Slug).Order());
            Assert.Equal(
                original.Contacts.Where(c => ContactValues.Href(c.Kind, c.Value) is not null).OrderBy(c => c.Id).Select(c => (c.Kind, c.Value, c.Label)),
                copy.Contacts.OrderBy(c => c.Id).Select(c => (c.Kind, c.Value, c.Label)));
            Assert.Equal(original.Status, copy.Status);
        }
    }

    private static (string, string, string, string, double, double)? PlaceOf(Place? p) =>
        p is null ? null : (p.VenueName, p.Address, p.Town, p.Postcode, p.Latitude, p.Longitude);

    /// <summary>An area as its kind, name, centre, radius and region shape (compared as shapes: the WKT is written again on the way back).</summary>
    private static (AreaKind, string, double?, double?, double?, string?)? AreaOf(AreaServed? area) =>
        area is null ? null : (area.Kind, area.Name, area.Latitude, area.Longitude, area.RadiusKm, AreaShapes.ReadPolygon(area.Wkt)?.Normalized().ToText());
}
