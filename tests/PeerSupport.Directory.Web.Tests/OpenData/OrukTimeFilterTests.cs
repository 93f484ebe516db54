using System.Net;
using System.Text.Json;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.OpenData;

/// <summary>
/// The open-data lists' <c>day</c>, <c>start_time</c> and <c>end_time</c> through the real site:
/// exact to the minute and met by one session together, counted before paging. The planted
/// groups share a word no demo listing uses, so a search for it lists exactly them.
/// </summary>
public sealed class OrukTimeFilterTests(OrukTimeFilterTests.App app) : IClassFixture<OrukTimeFilterTests.App>
{
    public const string Word = "Chronoquill";
    public const string TwoDays = $"{Word} Two Days";
    public const string QuarterPast = $"{Word} Quarter Past";
    public const string Arranged = $"{Word} Arranged";

    /// <summary>Monday 10:00–12:00 and Thursday 18:30–20:30; Tuesday 17:15–19:00; by arrangement.</summary>
    public sealed class App : DirectoryAppFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            static ScheduleRecord Weekly(string day, string start, string end) => new() { Kind = "Weekly", Day = day, Start = start, End = end };
            foreach (var (name, schedules) in new (string, List<ScheduleRecord>)[]
            {
                (TwoDays, [Weekly("Monday", "10:00", "12:00"), Weekly("Thursday", "18:30", "20:30")]),
                (QuarterPast, [Weekly("Tuesday", "17:15", "19:00")]),
                (Arranged, [new ScheduleRecord { Kind = "ByArrangement" }]),
            })
            {
                var record = TestListings.Group(name);
                record.Schedules = schedules;
                await this.AddListingAsync(record);
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("start_time=18:00", new[] { TwoDays })]
    [InlineData("start_time=17:15", new[] { TwoDays, QuarterPast })]
    [InlineData("start_time=17:16", new[] { TwoDays })]
    [InlineData("end_time=12:00", new[] { TwoDays })]
    [InlineData("end_time=11:59", new string[0])]
    [InlineData("start_time=17:00&end_time=19:00", new[] { QuarterPast })]
    [InlineData("day=MO&start_time=18:00", new string[0])]
    [InlineData("day=TH&start_time=18:00", new[] { TwoDays })]
    [InlineData("day=MO,TU&end_time=19:00", new[] { TwoDays, QuarterPast })]
    [InlineData("day=TU", new[] { QuarterPast })]
    public async Task Services_are_those_with_one_session_on_the_days_starting_and_ending_within_the_times(string filter, string[] expected)
    {
        foreach (var list in new[] { "services", "service_at_locations" })
        {
            var response = await client.GetAsync($"/api/oruk/{list}?search={Word}&per_page=1&{filter}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var first = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var names = new List<string>();
            for (var page = 1; page <= Math.Max(1, expected.Length); page++)
            {
                var json = JsonDocument.Parse(await client.GetStringAsync($"/api/oruk/{list}?search={Word}&per_page=1&page={page}&{filter}")).RootElement;
                foreach (var item in json.GetProperty("contents").EnumerateArray())
                {
                    OrukSchemas.AssertConforms($"compiled/{(list == "services" ? "service_list" : "service_at_location_list")}.json", item, $"{list}?{filter}");
                    names.Add(list == "services" ? item.GetProperty("name").GetString()! : item.GetProperty("service").GetProperty("name").GetString()!);
                }
            }

            Assert.Equal(expected.Order(), names.Order());
            Assert.Equal(expected.Length, first.GetProperty("total_items").GetInt32());
            Assert.Equal(expected.Length, first.GetProperty("total_pages").GetInt32());
        }
    }

    [Fact]
    public async Task A_time_filter_without_a_search_counts_only_services_with_a_session_in_the_window()
    {
        var all = JsonDocument.Parse(await client.GetStringAsync("/api/oruk/services?per_page=1")).RootElement.GetProperty("total_items").GetInt32();
        var late = JsonDocument.Parse(await client.GetStringAsync("/api/oruk/services?per_page=100&start_time=18:00")).RootElement;
        var names = late.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

        Assert.Contains(TwoDays, names);
        Assert.DoesNotContain(QuarterPast, names);
        Assert.DoesNotContain(Arranged, names);
        Assert.Equal(names.Count, late.GetProperty("total_items").GetInt32());
        Assert.InRange(names.Count, 1, all - 1);
    }
}
