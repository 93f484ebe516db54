using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

public sealed class OrukImporterTests : IAsyncLifetime, IDisposable
{
    private static readonly OrukFeedOptions Patient = new() { Timeout = TimeSpan.FromSeconds(2), Retries = 1, Backoff = TimeSpan.FromMilliseconds(10) };

    private TestDirectory directory = null!;
    private FakeOrukFeed feed = null!;
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync(withIndex: false);
        feed = await FakeOrukFeed.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await feed.DisposeAsync();
        await directory.DisposeAsync();
    }

    public void Dispose() => http.Dispose();

    private async Task<OrukImportResult> ImportAsync(string? urlOrFile = null, bool publish = false)
    {
        urlOrFile ??= feed.BaseUrl;
        await using var scope = directory.Services.CreateAsyncScope();
        var reader = new OrukFeedReader(http, Patient, TimeProvider.System);
        var source = OrukFeedReader.IsUrl(urlOrFile) ? OrukFeedReader.BaseOf(urlOrFile) : Path.GetFileName(urlOrFile);
        return await scope.ServiceProvider.GetRequiredService<OrukImporter>().ImportAsync(reader.ReadAsync(urlOrFile), new OrukImportOptions(source, publish));
    }

    private async Task<List<Listing>> ListingsAsync()
    {
        await using var db = directory.NewContext();
        return await db.Listings.Include(l => l.Schedules).OrderBy(l => l.Name).ToListAsync();
    }

    private static (int, int, int) Counts(OrukImportResult r) => (r.Created, r.Updated, r.Unchanged);

    [Fact]
    public async Task A_feed_imports_as_listings_waiting_for_review_marked_with_the_feed_they_came_from()
    {
        feed.Serve([OrukSample.Service("Alpha"), OrukSample.Service("Beta")]);

        var result = await ImportAsync();

        Assert.Equal((2, 0, 0), Counts(result));
        Assert.True(result.Complete);
        var listings = await ListingsAsync();
        Assert.All(listings, l => Assert.Equal((ListingStatus.Pending, feed.BaseUrl), (l.Status, l.Source)));
    }

    [Fact]
    public async Task Publish_makes_the_new_listings_public_at_once()
    {
        feed.Serve([OrukSample.Service("Alpha")]);

        await ImportAsync(publish: true);

        Assert.Equal(ListingStatus.Published, Assert.Single(await ListingsAsync()).Status);
    }

    [Fact]
    public async Task A_malformed_page_is_reported_and_the_other_pages_of_the_feed_import()
    {
        feed.Serve([OrukSample.Service("Page one")], [OrukSample.Service("Page two")], [OrukSample.Service("Page three")]);
        feed.Pages[2] = [new FeedAnswer(200, "{\"contents\": {}}")];

        var result = await ImportAsync();

        Assert.Equal(["Page one", "Page three"], (await ListingsAsync()).Select(l => l.Name));
        Assert.Equal("page 2: has no \"contents\" array", Assert.Single(result.Unread).ToString());
        Assert.False(result.Complete);
    }

    [Fact]
    public async Task A_page_that_times_out_is_retried_then_reported_and_the_other_pages_import()
    {
        feed.Serve([OrukSample.Service("Page one")], [OrukSample.Service("Page two")], [OrukSample.Service("Page three")]);
        feed.Pages[3] = [FakeOrukFeed.Slow];

        var result = await ImportAsync();

        Assert.Equal(["Page one", "Page two"], (await ListingsAsync()).Select(l => l.Name));
        Assert.Equal("page 3: no answer within 2 s, 2 tries", Assert.Single(result.Unread).ToString());
        Assert.Equal(2, feed.Hits("page 3"));
    }

    [Fact]
    public async Task Importing_the_same_feed_again_changes_nothing()
    {
        feed.Serve([OrukSample.Service("Alpha"), OrukSample.Service("Beta")], [OrukSample.Service("Gamma")]);
        await ImportAsync();
        await using var before = directory.NewContext();
        var versions = await before.Listings.OrderBy(l => l.Id).Select(l => l.Version).ToListAsync();

        var again = await ImportAsync();

        Assert.Equal((0, 0, 3), Counts(again));
        await using var after = directory.NewContext();
        Assert.Equal(versions, await after.Listings.OrderBy(l => l.Id).Select(l => l.Version).ToListAsync());
        Assert.Equal(3, await after.ListingChanges.CountAsync());
    }

    [Fact]
    public async Task A_feed_that_changed_between_runs_updates_one_creates_one_and_leaves_the_rest_keeping_our_public_ids()
    {
        var (alpha, beta, gamma) = (OrukSample.Service("Alpha"), OrukSample.Service("Beta"), OrukSample.Service("Gamma"));
        feed.Serve([alpha, beta], [gamma]);
        await ImportAsync();
        var ids = (await ListingsAsync()).ToDictionary(l => l.Name, l => l.PublicId);

        beta["schedules"] = new JsonArray(OrukSample.Weekly("FR", "10:30:00"));
        feed.Serve([alpha, beta], [gamma, OrukSample.Service("Delta")]);
        var result = await ImportAsync();

        Assert.Equal((1, 1, 2), Counts(result));
        var listings = await ListingsAsync();
        Assert.Equal(["Alpha", "Beta", "Delta", "Gamma"], listings.Select(l => l.Name));
        var changed = listings.Single(l => l.Name == "Beta");
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(10, 30)), (Assert.Single(changed.Schedules).Day, changed.Schedules[0].Start));
        Assert.All(listings.Where(l => l.Name != "Delta"), l => Assert.Equal(ids[l.Name], l.PublicId));
    }

    [Fact]
    public async Task A_half_valid_service_is_not_imported_at_all_and_is_reported_by_its_id()
    {
        var outside = OrukSample.Service("Valid schedule, venue abroad");
        outside["service_at_locations"] = new JsonArray(OrukSample.AtLocation(OrukSample.Physical("Hall", (48.85, 2.35))));
        var daily = OrukSample.Service("One good schedule, one daily");
        daily["schedules"]!.AsArray().Add(OrukSample.Schedule("DAILY", "MO", "09:00"));
        feed.Serve([outside, daily, OrukSample.Service("Fine")]);

        var result = await ImportAsync();

        Assert.Equal(["Fine"], (await ListingsAsync()).Select(l => l.Name));
        Assert.Equal(
            new[] { $"service {outside["id"]}: place coordinates (48.85, 2.35) are not in Great Britain", $"service {daily["id"]}: schedule 2: freq \"DAILY\" is not WEEKLY or MONTHLY" }.Order(),
            result.NotImported.Select(p => p.ToString()).Order());
    }

    [Fact]
    public async Task A_listing_a_moderator_approved_stays_approved_and_takes_the_publishers_pause()
    {
        var (service, waiting) = (OrukSample.Service("Approved"), OrukSample.Service("Still waiting"));
        feed.Serve([service, waiting]);
        await ImportAsync();
        await using (var db = directory.NewContext())
        {
            (await db.Listings.SingleAsync(l => l.Name == "Approved")).Status = ListingStatus.Published;
            await db.SaveChangesAsync();
        }

        service["status"] = "temporarily closed";
        waiting["description"] = "Still waiting: now on Fridays too.";
        feed.Serve([service, waiting]);
        await ImportAsync();

        var listings = await ListingsAsync();
        Assert.Equal([ListingStatus.Paused, ListingStatus.Pending], listings.Select(l => l.Status));
    }

    [Fact]
    public async Task A_service_closed_at_the_publisher_is_not_brought_in_new()
    {
        var closed = OrukSample.Service("Closed");
        closed["status"] = "defunct";
        feed.Serve([closed, OrukSample.Service("Open")]);

        var result = await ImportAsync();

        Assert.Equal((1, 1), (result.Created, result.Inactive));
        Assert.True(result.Complete);
        Assert.Equal(["Open"], (await ListingsAsync()).Select(l => l.Name));
    }

    [Fact]
    public async Task The_standards_example_services_are_not_imported_and_each_says_exactly_why()
    {
        var examples = OrukStandard.Examples;

        var full = await ImportAsync(Path.Combine(examples, "service_full.json"));
        var list = await ImportAsync(Path.Combine(examples, "service_list.json"));

        Assert.Equal(0, full.Created + list.Created);
        Assert.Equal(
            "service ac148810-d857-441c-9679-408f346de14b: schedule 1: bymonthday (a day of the month by number) has no equivalent here; only weekdays are",
            Assert.Single(full.NotImported).ToString());
        Assert.Equal(
            "service ac148810-d857-441c-9679-408f346de14b: has no physical location, no virtual location and no attending_type saying online or phone",
            Assert.Single(list.NotImported).ToString());
    }
}
