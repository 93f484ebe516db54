using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>Support offered to one nation ("for anyone in Wales") reaches people there and people searching with no place, not others.</summary>
public sealed class NationTests : IAsyncLifetime
{
    private static readonly GeoPoint Cardiff = new(Build.Cardiff.Lat, Build.Cardiff.Lon);
    private static readonly GeoPoint Nottingham = new(52.95, -1.15);
    private TestDirectory directory = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync();
        var wales = Build.Online("Welsh Online Circle");
        wales.Area = new AreaRecord { Kind = "National", Name = "Wales" };
        await directory.ImportAsync(wales, Build.Online("England and Wales Online Circle"));
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private List<string> Names(GeoPoint? near, Nations nation) => directory.Search
        .Search(new SearchRequest { Near = near, Nation = nation, UtcNow = TestDirectory.Now.UtcDateTime })
        .Hits.Select(h => h.Card.Name).Order().ToList();

    [Fact]
    public void An_online_service_for_Wales_is_offered_in_Wales_and_without_a_place_but_not_in_England()
    {
        Assert.Equal(["England and Wales Online Circle", "Welsh Online Circle"], Names(Cardiff, Nations.Wales));
        Assert.Equal(["England and Wales Online Circle"], Names(Nottingham, Nations.England));
        Assert.Equal(["England and Wales Online Circle", "Welsh Online Circle"], Names(null, Nations.All));
    }

    [Theory]
    [InlineData("Wales", Nations.Wales)]
    [InlineData("England and Wales", Nations.England | Nations.Wales)]
    [InlineData("Great Britain", Nations.England | Nations.Wales | Nations.Scotland)]
    [InlineData("UK", Nations.All)]
    [InlineData("the whole country", Nations.All)]
    public void A_national_area_name_says_which_nations_it_is_for(string name, Nations nations) =>
        Assert.Equal(nations, NationNames.Named(name));

    [Fact]
    public async Task The_resolver_says_which_nation_a_place_is_in()
    {
        var resolver = new LocationResolver(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv")), NoPostcodeLookup.Instance);
        Assert.Equal(Nations.Wales, Assert.IsType<Location.Found>(await resolver.ResolveAsync("Swansea")).Nation);
        Assert.Equal(Nations.England, Assert.IsType<Location.Found>(await resolver.ResolveAsync("52.95, -1.15")).Nation);
    }
}
