using System.Text.Json.Nodes;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

public sealed class OrukFeedReaderTests : IAsyncLifetime, IDisposable
{
    private static readonly OrukFeedOptions Patient = new() { Timeout = TimeSpan.FromSeconds(2), Retries = 2, Backoff = TimeSpan.FromMilliseconds(10), PerPage = 2 };

    private FakeOrukFeed feed = null!;
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task InitializeAsync() => feed = await FakeOrukFeed.StartAsync();

    public async Task DisposeAsync() => await feed.DisposeAsync();

    public void Dispose() => http.Dispose();

    private async Task<List<OrukFeedPage>> ReadAsync(string urlOrFile)
    {
        var reader = new OrukFeedReader(http, Patient, TimeProvider.System);
        var pages = new List<OrukFeedPage>();
        await foreach (var page in reader.ReadAsync(urlOrFile))
        {
            pages.Add(page);
        }
        return pages;
    }

    private static List<string> Names(List<OrukFeedPage> pages) =>
        pages.SelectMany(p => p.Services).Select(s => s.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Every_page_the_first_page_announces_is_read_in_order()
    {
        feed.Serve([OrukSample.Service("A"), OrukSample.Service("B")], [OrukSample.Service("C"), OrukSample.Service("D")], [OrukSample.Service("E")]);

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["A", "B", "C", "D", "E"], Names(pages));
        Assert.Empty(pages.SelectMany(p => p.Problems));
        Assert.Equal(0, feed.Hits("page 4"));
    }

    [Fact]
    public async Task A_url_ending_in_services_reads_the_same_feed()
    {
        feed.Serve([OrukSample.Service("A")]);

        Assert.Equal(["A"], Names(await ReadAsync(feed.BaseUrl + "/services/")));
    }

    [Fact]
    public async Task A_malformed_page_is_reported_with_its_number_and_what_was_wrong_and_the_other_pages_are_read()
    {
        feed.Serve([OrukSample.Service("A")], [OrukSample.Service("B")], [OrukSample.Service("C")]);
        feed.Pages[2] = [new FeedAnswer(200, "{\"total_pages\": 3, \"contents\": [{\"id\": \"x\",")];

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["A", "C"], Names(pages));
        var problem = Assert.Single(pages.SelectMany(p => p.Problems));
        Assert.Equal("page 2", problem.Where);
        Assert.StartsWith("not JSON", problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_contents_array_is_reported_as_such()
    {
        feed.Serve([OrukSample.Service("A")], [OrukSample.Service("B")]);
        feed.Pages[2] = [FeedAnswer.Json(new JsonObject { ["total_pages"] = 2, ["contents"] = "none" })];

        var problem = Assert.Single((await ReadAsync(feed.BaseUrl)).SelectMany(p => p.Problems));

        Assert.Equal("page 2: has no \"contents\" array", problem.ToString());
    }

    [Fact]
    public async Task A_page_that_times_out_once_is_retried_and_read()
    {
        feed.Serve([OrukSample.Service("A")], [OrukSample.Service("B")]);
        feed.Pages[2].Insert(0, FakeOrukFeed.Slow);

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["A", "B"], Names(pages));
        Assert.Equal(2, feed.Hits("page 2"));
    }

    [Fact]
    public async Task A_page_that_keeps_timing_out_is_reported_after_its_retries_and_the_other_pages_are_read()
    {
        feed.Serve([OrukSample.Service("A")], [OrukSample.Service("B")], [OrukSample.Service("C")]);
        feed.Pages[2] = [FakeOrukFeed.Slow];

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["A", "C"], Names(pages));
        Assert.Equal("page 2: no answer within 2 s, 3 tries", Assert.Single(pages.SelectMany(p => p.Problems)).ToString());
        Assert.Equal(3, feed.Hits("page 2"));
    }

    [Fact]
    public async Task A_server_error_is_retried_and_a_not_found_is_not()
    {
        feed.Serve([OrukSample.Service("A")], [OrukSample.Service("B")], [OrukSample.Service("C")]);
        feed.Pages[2].Insert(0, new FeedAnswer(503, "{}"));
        feed.Pages[3] = [new FeedAnswer(404, "{}")];

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["A", "B"], Names(pages));
        Assert.Equal("page 3: answered HTTP 404", Assert.Single(pages.SelectMany(p => p.Problems)).ToString());
        Assert.Equal((2, 1), (feed.Hits("page 2"), feed.Hits("page 3")));
    }

    [Fact]
    public async Task A_first_page_that_cannot_be_read_ends_the_reading_and_says_so()
    {
        feed.Pages[1] = [new FeedAnswer(500, "{}")];

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal("page 1: answered HTTP 500, 3 tries", Assert.Single(pages.SelectMany(p => p.Problems)).ToString());
        Assert.Equal(0, feed.Hits("page 2"));
    }

    [Fact]
    public async Task A_list_item_without_schedules_locations_or_areas_is_read_from_its_full_record()
    {
        var full = OrukSample.Service("Full");
        var id = full["id"]!.GetValue<string>();
        feed.FullRecords[id] = full;
        feed.Serve([OrukSample.ListItem(full), OrukSample.Service("Complete already")]);

        var services = (await ReadAsync(feed.BaseUrl)).SelectMany(p => p.Services).ToList();

        Assert.True(services[0].TryGetProperty("schedules", out _));
        Assert.Equal(1, feed.Hits(id));
        Assert.Equal(2, services.Count);
    }

    [Fact]
    public async Task A_full_record_that_cannot_be_fetched_is_reported_by_the_service_id()
    {
        var item = OrukSample.ListItem(OrukSample.Service("Gone"));
        feed.Serve([item, OrukSample.Service("Here")]);

        var pages = await ReadAsync(feed.BaseUrl);

        Assert.Equal(["Here"], Names(pages));
        Assert.Equal($"service {item["id"]}: full record: answered HTTP 404", Assert.Single(pages.SelectMany(p => p.Problems)).ToString());
    }

    [Theory]
    [InlineData("one")]
    [InlineData("page")]
    [InlineData("array")]
    public async Task A_file_may_hold_one_service_a_page_or_an_array_of_services(string shape)
    {
        var service = OrukSample.Service("In a file");
        JsonNode json = shape switch
        {
            "one" => service,
            "page" => OrukSample.Page(1, 1, [service]),
            _ => new JsonArray(service),
        };
        var path = Path.Combine(Path.GetTempPath(), $"oruk-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json.ToJsonString());
        try
        {
            Assert.Equal(["In a file"], Names(await ReadAsync(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_service_a_page_or_an_array_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oruk-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{\"listings\": []}");
        try
        {
            var problem = Assert.Single((await ReadAsync(path)).SelectMany(p => p.Problems));
            Assert.Equal("file", problem.Where);
            Assert.Contains("neither a service", problem.What, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
