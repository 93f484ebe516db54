using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

public class LocationResolverTests
{
    private static readonly LocationResolver Resolver =
        new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv")), NoPostcodeLookup.Instance);

    private static readonly GeoPoint Medway = new(51.389, 0.549);

    /// <summary>A small gazetteer whose figures the tests set, so each rule is seen on its own.</summary>
    private static LocationResolver Small(params PlaceName[] places) => new(new Gazetteer(places), NoPostcodeLookup.Instance);

    private static PlaceName Town(string name, string county, double lat, double lon, int population = 0, string kind = "PPL") =>
        PlaceName.Of(name, county, "England", new GeoPoint(lat, lon)) with { Population = population, Kind = kind };

    [Fact]
    public async Task A_town_name_is_found_whatever_its_case()
    {
        var found = Assert.IsType<Location.Found>(await Resolver.ResolveAsync("  leeds "));
        Assert.InRange(found.Point.Latitude, 53.7, 53.9);
    }

    [Fact]
    public async Task A_shared_name_goes_to_the_clearly_larger_place_and_offers_the_others()
    {
        var found = Assert.IsType<Location.Found>(await Resolver.ResolveAsync("Newport"));
        Assert.Equal("Newport, Newport, Wales", found.Label);
        Assert.Contains(found.Others, p => p.Region.Contains("Isle of Wight", StringComparison.Ordinal));
        Assert.IsType<Location.Found>(await Resolver.ResolveAsync("Newport, Isle of Wight, England"));
    }

    [Fact]
    public void Comparable_places_of_one_name_are_asked_about()
    {
        var resolver = Small(Town("Richmond", "Greater London", 51.46, -0.30, 8360), Town("Richmond", "North Yorkshire", 54.40, -1.73, 8413));
        var choices = Assert.IsType<Location.Ambiguous>(resolver.ResolveName("Richmond"));
        Assert.Equal(2, choices.Choices.Count);
        Assert.Equal(54.40, Assert.IsType<Location.Found>(resolver.ResolveName("Richmond, North Yorkshire")).Point.Latitude);
    }

    [Fact]
    public void A_county_after_the_name_narrows_it_even_when_the_gazetteer_files_the_town_elsewhere()
    {
        var resolver = Small(
            Town("Gillingham", "Medway", Medway.Latitude, Medway.Longitude, 8000),
            Town("Gillingham", "Dorset", 51.04, -2.28, 8000),
            Town("Maidstone", "Kent", 51.27, 0.52, 100_000),
            Town("Dorchester", "Dorset", 50.71, -2.44, 19_000));
        Assert.Equal(Medway, Assert.IsType<Location.Found>(resolver.ResolveName("Gillingham, Kent")).Point);
        Assert.Equal(Medway, Assert.IsType<Location.Found>(resolver.ResolveName("gillingham kent")).Point);
        Assert.Equal(51.04, Assert.IsType<Location.Found>(resolver.ResolveName("Gillingham Dorset")).Point.Latitude);
        Assert.Contains("in \"Cornwall\"", Assert.IsType<Location.NotFound>(resolver.ResolveName("Gillingham, Cornwall")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ross-on-Wye")]
    [InlineData("ross on wye")]
    [InlineData("Ross upon Wye")]
    [InlineData("  ROSS   ON  WYE ")]
    [InlineData("rossonwye")]
    public void Hyphens_spaces_case_and_on_or_upon_are_one_name(string typed) =>
        Assert.IsType<Location.Found>(Small(Town("Ross on Wye", "Herefordshire", 51.91, -2.58, 10_000)).ResolveName(typed));

    [Theory]
    [InlineData("St Albans")]
    [InlineData("St. Albans")]
    [InlineData("Saint Albans")]
    [InlineData("st albans")]
    public void St_and_Saint_are_one_word(string typed) =>
        Assert.IsType<Location.Found>(Small(Town("Saint Albans", "Hertfordshire", 51.75, -0.34, 140_000)).ResolveName(typed));

    [Fact]
    public void A_short_form_is_read_as_the_longer_name_only_when_it_points_clearly_to_one_place()
    {
        var resolver = Small(
            Town("Barrow in Furness", "Cumbria", 54.11, -3.23, 45_000),
            Town("Barrow upon Soar", "Leicestershire", 52.75, -1.15, 5_000),
            Town("Barrowby", "Lincolnshire", 52.92, -0.69, 2_000),
            Town("Ashby Parva", "Leicestershire", 52.50, -1.23, 200),
            Town("Ashby Puerorum", "Lincolnshire", 53.22, -0.02, 250));
        var barrow = Assert.IsType<Location.Found>(resolver.ResolveName("Barrow"));
        Assert.Equal(54.11, barrow.Point.Latitude);
        Assert.True(barrow.Corrected);
        // Two hamlets of comparable size: no guess.
        Assert.IsType<Location.NotFound>(resolver.ResolveName("Ashby"));
    }

    [Fact]
    public void A_town_called_by_its_first_word_is_weighed_only_when_it_outweighs_the_exact_names()
    {
        var resolver = Small(
            Town("Stoke", "Cheshire West and Chester", 53.25, -2.87, 0),
            Town("Stoke-on-Trent", "Stoke-on-Trent", 53.00, -2.18, 270_000),
            Town("Sutton", "Greater London", 51.35, -0.20, 187_600),
            Town("Sutton in Ashfield", "Nottinghamshire", 53.12, -1.26, 45_000));
        Assert.Equal(53.00, Assert.IsType<Location.Found>(resolver.ResolveName("Stoke")).Point.Latitude);
        Assert.Equal(51.35, Assert.IsType<Location.Found>(resolver.ResolveName("Sutton")).Point.Latitude);
    }

    [Theory]
    [InlineData("Sheffeild", true)]
    [InlineData("Sheffied", true)]
    [InlineData("Shefield", true)]
    [InlineData("Shfeld", false)]
    public void One_or_two_slips_in_a_long_name_are_forgiven_and_more_are_not(string typed, bool found)
    {
        var location = Small(Town("Sheffield", "Sheffield", 53.38, -1.47, 685_000)).ResolveName(typed);
        Assert.Equal(found, location is Location.Found { Corrected: true });
    }

    [Fact]
    public void A_changed_letter_in_a_short_name_is_not_taken_for_another_place()
    {
        var resolver = Small(Town("Leigh", "Wigan", 53.50, -2.52, 46_000), Town("Derby", "Derby", 52.92, -1.48, 250_000));
        // "Leith" is one changed letter from Leigh: another real place, not a slip.
        var notFound = Assert.IsType<Location.NotFound>(resolver.ResolveName("Leith"));
        Assert.Empty(notFound.Suggestions);
        // Swapped letters are a slip: "Dreby" is Derby.
        Assert.IsType<Location.Found>(resolver.ResolveName("Dreby"));
    }

    [Fact]
    public void An_alias_points_at_its_place_and_the_same_place_by_two_names_is_one_choice()
    {
        var newport = Town("Newport", "Newport", 51.59, -3.00, 306_844) with { Nation = "Wales", Region = "Newport, Wales" };
        var gazetteer = new Gazetteer([newport, Town("Newport", "Isle of Wight", 50.70, -1.29, 24_884)]);
        gazetteer = gazetteer.WithAliases([Gazetteer.Alias(gazetteer, "Casnewydd", PlaceAliasKinds.Welsh, "Newport", "Newport", "Wales", newport.Point)]);
        var resolver = new LocationResolver(gazetteer, NoPostcodeLookup.Instance);
        var found = Assert.IsType<Location.Found>(resolver.ResolveName("casnewydd"));
        Assert.Equal(newport.Point, found.Point);
        Assert.Equal(306_844, gazetteer.Find("Casnewydd").Single().Population);
    }

    [Fact]
    public void An_unknown_name_suggests_the_nearest_spellings_that_exist()
    {
        var resolver = Small(Town("Worcester", "Worcestershire", 52.19, -2.22, 100_000), Town("Dorchester", "Dorset", 50.71, -2.44, 19_000));
        Assert.Equal(52.19, Assert.IsType<Location.Found>(resolver.ResolveName("Worchester")).Point.Latitude);
        var notFound = Assert.IsType<Location.NotFound>(resolver.ResolveName("Worcesterx shire"));
        Assert.Contains("Worcesterx shire", notFound.Message, StringComparison.Ordinal);
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
