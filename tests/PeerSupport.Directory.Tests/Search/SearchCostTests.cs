using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>
/// A search costs what was asked and no more: the filters' work (words of document sets ANDed,
/// counted by the search itself, so no timing) grows in step with the number of must-haves, and
/// the faster way of working out "what to relax" gives the counts that checking every listing gives.
/// </summary>
public sealed class SearchCostTests : IAsyncLifetime
{
    /// <summary>Twenty-five tags from the seed taxonomy, as many musts as a URL may carry (<see cref="SearchQuery.MaxValues"/>).</summary>
    private static readonly string[] Tags =
    [
        "women", "men", "black-minority-ethnic", "south-asian", "refugees-asylum-seekers", "mothers", "fathers",
        "new-parents", "single-parents", "families", "lgbt-plus", "trans-non-binary", "prison-experience",
        "young-people", "young-adults", "students", "older-people", "carers", "young-carers", "muslim",
        "christian", "deaf-bsl", "autistic", "psychosis", "hearing-voices",
    ];

    private static readonly int[] MustCounts = [5, 10, 25];

    private TestDirectory directory = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync();
        // Each listing has every tag but one of the first five, so no listing meets five or more of
        // them as musts, and dropping one of those five finds the one listing without it.
        var listings = Enumerable.Range(0, 5)
            .Select(i => Build.Group($"Without {Tags[i]}", Build.Leeds, [.. Tags.Where((_, t) => t != i)]))
            .Concat(ScatteredListings())
            .ToArray();
        await directory.ImportAsync(listings);
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    /// <summary>
    /// Listings in Manchester with a fixed scatter of the first eight tags, for the brute-force
    /// comparison; each lacks "women" or "men", so a search that must have both finds none.
    /// </summary>
    private static IEnumerable<PeerSupport.Directory.Listings.Import.ListingRecord> ScatteredListings()
    {
        var random = new Random(14);
        for (var i = 0; i < 60; i++)
        {
            var lacking = Tags[random.Next(2)];
            var tags = Tags.Take(8).Where(t => t != lacking && random.NextDouble() < 0.8).ToArray();
            yield return Build.Group($"Scattered {i}", Build.Manchester, tags);
        }
    }

    private SearchResults Search(string[] musts, GeoPoint? near = null) => directory.Search.Search(
        new SearchRequest { Tags = musts, Must = musts, Near = near, RadiusKm = 5, UtcNow = TestDirectory.Now.UtcDateTime });

    [Fact]
    public void Each_further_must_have_adds_the_same_work_to_a_search_that_finds_nothing()
    {
        var work = MustCounts.Select(n => Search(Tags[..n])).ToList();
        Assert.All(work, results => Assert.Equal(0, results.Total));

        // Work = fixed + per must × musts: the step from 10 to 25 musts costs three times the step from 5 to 10.
        var (five, ten, twentyFive) = (work[0].WordsAnded, work[1].WordsAnded, work[2].WordsAnded);
        Assert.True(ten > five, $"{five} words ANDed for 5 musts, {ten} for 10");
        Assert.Equal(3 * (ten - five), twentyFive - ten);
    }

    [Theory]
    [InlineData("women,men")]
    [InlineData("men,women,black-minority-ethnic")]
    [InlineData("mothers,women,south-asian,men,fathers")]
    [InlineData("women,men,black-minority-ethnic,south-asian,refugees-asylum-seekers,mothers,fathers,new-parents")]
    [InlineData("mothers,hearing-voices,fathers")]
    [InlineData("mothers,no-such-tag,fathers,new-parents")]
    public void Dropping_each_must_have_would_show_as_many_listings_as_checking_every_listing_finds(string mustList)
    {
        var musts = mustList.Split(',');
        var manchester = ScatteredListings().Select(l => (l.Tags ?? []).ToHashSet()).ToList();

        var results = Search(musts, new GeoPoint(Build.Manchester.Lat, Build.Manchester.Lon));

        var expected = musts.ToDictionary(drop => drop, drop => manchester.Count(tags => musts.Where(m => m != drop).All(tags.Contains)))
            .Where(e => e.Value > 0);
        var actual = results.Relaxations.Where(r => r.Kind == RelaxationKind.DropMust).ToDictionary(r => r.Value!, r => r.Count);
        Assert.Equal(0, results.Total);
        Assert.NotEmpty(actual);
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }
}
