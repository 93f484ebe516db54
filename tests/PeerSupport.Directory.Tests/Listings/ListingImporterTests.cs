using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Tests.Listings;

public sealed class ListingImporterTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public async Task Valid_records_are_created_with_short_codes_and_a_created_history_entry()
    {
        var result = await directory.ImportAsync(Build.Group("Leeds Walkers", Build.Leeds, "women"), Build.Online("Online Circle"));
        Assert.Equal((2, 0, 0, 0), (result.Created, result.Updated, result.Unchanged, result.Rejected.Count));

        await using var db = directory.NewContext();
        var listings = await db.Listings.Include(l => l.Changes).Include(l => l.Tags).ToListAsync();
        Assert.All(listings, l => Assert.Equal(7, l.ShortCode.Length));
        Assert.All(listings, l => Assert.Equal("created", Assert.Single(l.Changes).Kind));
        Assert.Equal("women", Assert.Single(listings.Single(l => l.Name == "Leeds Walkers").Tags).Slug);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var records = new[] { Build.Group("Twice Group", Build.Leeds, "lgbt-plus"), Build.Online("Twice Online") };
        await directory.ImportAsync(records);
        await using var before = directory.NewContext();
        var versions = await before.Listings.Select(l => l.Version).ToListAsync();

        var again = await directory.ImportAsync(records);

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        await using var after = directory.NewContext();
        Assert.Equal(versions, await after.Listings.Select(l => l.Version).ToListAsync());
        Assert.Equal(2, await after.ListingChanges.CountAsync());
    }

    [Fact]
    public async Task A_changed_record_updates_the_listing_and_records_old_and_new_values()
    {
        var record = Build.Group("Before Name", Build.Leeds);
        await directory.ImportAsync(record);
        record.Name = "After Name";
        record.Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Friday", Start = "10:00" }];

        var result = await directory.ImportAsync(record);

        Assert.Equal(1, result.Updated);
        await using var db = directory.NewContext();
        var edit = await db.ListingChanges.Where(c => c.Kind == "edited").SingleAsync();
        Assert.Contains(edit.Fields, f => f is { Field: "Name", Old: "Before Name", New: "After Name" });
        Assert.Contains(edit.Fields, f => f.Field == "Schedules" && f.New == "Every Friday, from 10am");
    }

    [Fact]
    public async Task Invalid_records_are_reported_by_position_and_none_of_them_is_imported()
    {
        var good = Build.Group("Good Group", Build.Leeds);
        var bad = Build.Group("Bad Group", Build.Leeds, "no-such-tag");
        bad.Cost = "Expensive";
        var json = System.Text.Json.JsonSerializer.Serialize(new ListingFile { Listings = [good, bad] }, ListingFile.Json)
            .Replace("\"listings\": [", "\"listings\": [ { \"name\": 42 },", StringComparison.Ordinal);

        var result = await directory.ImportJsonAsync(json);

        Assert.Equal(1, result.Created);
        Assert.Equal([1, 3], result.Rejected.Select(r => r.Position));
        var problem = result.Rejected.Single(r => r.Position == 3);
        Assert.Equal(bad.ExternalId, problem.ExternalId);
        Assert.Contains(problem.Reasons, r => r.Contains("cost must be one of", StringComparison.Ordinal));
        Assert.Contains(problem.Reasons, r => r.Contains("no-such-tag", StringComparison.Ordinal));
        await using var db = directory.NewContext();
        Assert.Equal(["Good Group"], await db.Listings.Select(l => l.Name).ToListAsync());
    }

    [Fact]
    public async Task A_file_without_a_listings_array_is_refused_whole()
    {
        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => directory.ImportJsonAsync("{ \"groups\": [] }"));
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => directory.ImportJsonAsync("not json"));
    }

    [Fact]
    public async Task An_export_imports_back_unchanged()
    {
        await directory.ImportAsync(Build.Group("Round Trip", Build.Leeds, "women", "lgbt-plus"), Build.Online("Round Trip Online"));
        using var exported = new MemoryStream();
        await using (var scope = directory.NewContext())
        {
            await new ListingExporter(scope).ExportAsync(exported);
        }

        var result = await directory.ImportJsonAsync(System.Text.Encoding.UTF8.GetString(exported.ToArray()));

        Assert.Equal((0, 0, 2, 0), (result.Created, result.Updated, result.Unchanged, result.Rejected.Count));
    }
}
