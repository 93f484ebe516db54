using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class LocationResolverTests
{
    private static readonly LocationResolver Resolver =
        new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv")));

    [Fact]
    public void A_town_name_is_found_whatever_its_case()
    {
        var found = Assert.IsType<Location.Found>(Resolver.Resolve("  leeds "));
        Assert.InRange(found.Point.Latitude, 53.7, 53.9);
    }

    [Fact]
    public void An_ambiguous_name_offers_a_choice_and_a_region_narrows_it()
    {
        var choices = Assert.IsType<Location.Ambiguous>(Resolver.Resolve("Newport"));
        Assert.Contains(choices.Choices, c => c.Region.Contains("Wales", StringComparison.Ordinal));
        Assert.Contains(choices.Choices, c => c.Region.Contains("England", StringComparison.Ordinal));
        Assert.IsType<Location.Found>(Resolver.Resolve("Newport, Newport, Wales"));
    }

    [Fact]
    public void Coordinates_are_used_as_they_are()
    {
        var found = Assert.IsType<Location.Found>(Resolver.Resolve("53.80, -1.55"));
        Assert.Equal(new GeoPoint(53.80, -1.55), found.Point);
    }

    [Fact]
    public void A_postcode_gets_a_clear_message_that_suggests_a_town()
    {
        var notFound = Assert.IsType<Location.NotFound>(Resolver.Resolve("LS1 4AP"));
        Assert.Contains("town", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_place_says_so_by_name()
    {
        var notFound = Assert.IsType<Location.NotFound>(Resolver.Resolve("Nowhereville"));
        Assert.Contains("Nowhereville", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinates_outside_Great_Britain_are_refused() =>
        Assert.IsType<Location.NotFound>(Resolver.Resolve("48.85, 2.35"));
}
