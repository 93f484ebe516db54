using System.Text.Json;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>
/// The relevance suite: judged queries over the 340 demo listings in seed-data/listings.json.
/// Each case in relevance-judgements.json is a results-page query string (the Find page's
/// parameter names), the listings that must be in the top five, and those that must not appear.
/// </summary>
public sealed class RelevanceTests(RelevanceTests.DemoDirectory demo) : IClassFixture<RelevanceTests.DemoDirectory>
{
    private static readonly DateTime UtcNow = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    public sealed record Judgement(string Query, string[] Top5, string[] Exclude, string Why);

    public static IEnumerable<object[]> Cases() => Load().Select(j => new object[] { j.Query });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Judged_query_ranks_as_a_person_would_expect(string query)
    {
        var judgement = Load().Single(j => j.Query == query);
        var request = await ParseAsync(query);
        var results = demo.Directory.Search.Search(request with { PageSize = 400 });
        var names = results.Hits.Select(h => h.Card.Name).ToList();
        var top5 = names.Take(5).ToList();
        var shown = $"{judgement.Why}\nTop 5 for \"{query}\": {string.Join(" | ", top5)}";

        Assert.True(judgement.Top5.Length > 0 || judgement.Exclude.Length > 0, $"A case judges nothing: {query}");
        foreach (var expected in judgement.Top5.Select(demo.NameOf))
        {
            Assert.True(top5.Contains(expected), $"Expected \"{expected}\" in the top 5 (it is at {names.IndexOf(expected) + 1}). {shown}");
        }
        foreach (var unwanted in judgement.Exclude.Select(demo.NameOf))
        {
            Assert.False(names.Contains(unwanted), $"\"{unwanted}\" should not appear (it is at {names.IndexOf(unwanted) + 1}). {shown}");
        }
    }

    [Fact]
    public void The_suite_has_at_least_thirty_judged_queries_naming_real_listings()
    {
        var judgements = Load();
        Assert.True(judgements.Count >= 30, $"Only {judgements.Count} judged queries.");
        Assert.Equal(judgements.Count, judgements.Select(j => j.Query).Distinct().Count());
        foreach (var name in judgements.SelectMany(j => j.Top5.Concat(j.Exclude)))
        {
            Assert.NotNull(demo.NameOf(name));
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static List<Judgement> Load() =>
        JsonSerializer.Deserialize<List<Judgement>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "relevance-judgements.json")), Json)!;

    /// <summary>A results-page query string to a request, read by the page's own reader (<see cref="SearchQuery"/>).</summary>
    private async Task<SearchRequest> ParseAsync(string query)
    {
        var input = SearchQuery.Parse(query);
        GeoPoint? near = null;
        if (input.Where is { } where)
        {
            var place = await demo.Places.ResolveAsync(where);
            near = Assert.IsType<Location.Found>(place).Point;
        }
        return input.ToRequest(near, UtcNow, await demo.ReaderAsync(), demo.Directory.Search.KnowsWord);
    }

    /// <summary>The demo seed imported once into a real SQLite file and Lucene index.</summary>
    public sealed class DemoDirectory : IAsyncLifetime
    {
        private Dictionary<string, string> names = [];

        public TestDirectory Directory { get; private set; } = null!;

        private QueryReader? reader;

        public LocationResolver Places { get; } = new(
            Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv"), Path.Combine(AppContext.BaseDirectory, "seed-data", "place-aliases.csv")),
            NoPostcodeLookup.Instance);

        /// <summary>The words' reader, from the taxonomy in the database, as the results page has it.</summary>
        public async Task<QueryReader> ReaderAsync()
        {
            await using var db = Directory.NewContext();
            return reader ??= await QueryReader.LoadAsync(db);
        }

        /// <summary>A judgement names a listing by its name or its externalId.</summary>
        public string NameOf(string nameOrId) => names.GetValueOrDefault(nameOrId) ?? throw new KeyNotFoundException($"No demo listing \"{nameOrId}\".");

        public async Task InitializeAsync()
        {
            Directory = await TestDirectory.CreateAsync();
            var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed-data", "listings.json"));
            var result = await Directory.ImportJsonAsync(json);
            using var seed = JsonDocument.Parse(json);
            foreach (var listing in seed.RootElement.GetProperty("listings").EnumerateArray())
            {
                var name = listing.GetProperty("name").GetString()!;
                names[name] = name;
                names[listing.GetProperty("externalId").GetString()!] = name;
            }
            Assert.Empty(result.Rejected);
            Assert.Equal(340, result.Created);
        }

        public async Task DisposeAsync() => await Directory.DisposeAsync();
    }
}
