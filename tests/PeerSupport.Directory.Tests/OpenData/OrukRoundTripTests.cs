using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>Our ORUK output for the seed listings, taken in by our ORUK importer into a fresh directory.</summary>
public sealed class OrukRoundTripTests
{
    private const Formats WaysOfMeeting = Formats.InPerson | Formats.Online | Formats.Phone;

    [Fact]
    public async Task The_seed_listings_come_back_with_the_same_names_schedules_ways_of_meeting_national_areas_tags_and_contacts()
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

        // The output gives a radius or a region as words only (no extent), so an online listing
        // with one cannot be placed again; every other listing must come back.
        var unplaceable = published.Where(l => l.Place is null && l.Area is { Kind: not AreaKind.National }).Select(l => l.PublicId.ToString()).Order();
        Assert.Equal(unplaceable, result.NotImported.Select(p => p.ServiceId).Order());
        Assert.All(result.NotImported, p => Assert.StartsWith("its service area", Assert.Single(p.Reasons), StringComparison.Ordinal));
        Assert.Empty(result.Unread);
        await using var back = to.NewContext();
        var imported = (await back.Listings.Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).AsSplitQuery().ToListAsync())
            .ToDictionary(l => l.Name);
        var expected = published.Where(l => !unplaceable.Contains(l.PublicId.ToString())).ToList();
        Assert.Equal(expected.Count, imported.Count);
        foreach (var original in expected)
        {
            var copy = imported[original.Name];
            Assert.Equal(original.Schedules.OrderBy(s => s.Id).Select(ScheduleText.Describe), copy.Schedules.OrderBy(s => s.Id).Select(ScheduleText.Describe));
            Assert.Equal(original.Formats & WaysOfMeeting, copy.Formats & WaysOfMeeting);
            Assert.Equal(original.Area is { Kind: AreaKind.National } a ? a.Name : null, copy.Area?.Name);
            Assert.Equal(original.Tags.Select(t => t.Slug).Order(), copy.Tags.Select(t => t.Slug).Order());
            Assert.Equal(
                original.Contacts.Where(c => ContactValues.Href(c.Kind, c.Value) is not null).OrderBy(c => c.Id).Select(c => (c.Kind, c.Value, c.Label)),
                copy.Contacts.OrderBy(c => c.Id).Select(c => (c.Kind, c.Value, c.Label)));
            Assert.Equal(original.Status, copy.Status);
        }
    }
}
