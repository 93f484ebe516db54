using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class LocationResolverTests
{
    private static readonly LocationResolver Resolver =
        new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv")), NoPostcodeLookup.Instance);

    [Fact]
    public async Task A_town_name_is_found_whatever_its_case()
    {
        var found = Assert.IsType<Location.Found>(await Resolver.ResolveAsync("  leeds "));
        Assert.InRange(found.Point.Latitude, 53.7, 53.9);
    }

    [Fact]
    public async Task An_ambiguous_name_offers_a_choice_and_a_region_narrows_it()
    {
        var choices = Assert.IsType<Location.Ambiguous>(await Resolver.ResolveAsync("Newport"));
        Assert.Contains(choices.Choices, c => c.Region.Contains("Wales", StringComparison.Ordinal));
        Assert.Contains(choices.Choices, c => c.Region.Contains("England", StringComparison.Ordinal));
        Assert.IsType<Location.Found>(await Resolver.ResolveAsync("Newport, Newport, Wales"));
    }

    [Fact]
    public async Task Coordinates_are_used_as_they_are()
    {
        var found = Assert.IsType<Location.Found>(await Resolver.ResolveAsync("53.80, -1.55"));
        Assert.Equal(new GeoPoint(53.80, -1.55), found.Point);
    }

    [Fact]
    public async Task Without_a_postcode_provider_a_postcode_gets_a_clear_message_that_suggests_a_town()
    {
        var notFound = Assert.IsType<Location.NotFound>(await Resolver.ResolveAsync("ls1 4ap"));
        Assert.Contains("We can't look up postcodes like \"LS1 4AP\"", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("town", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_says_so_by_name()
    {
        var notFound = Assert.IsType<Location.NotFound>(await Resolver.ResolveAsync("Nowhereville"));
        Assert.Contains("Nowhereville", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinates_outside_Great_Britain_are_refused() =>
        Assert.IsType<Location.NotFound>(await Resolver.ResolveAsync("48.85, 2.35"));
}
