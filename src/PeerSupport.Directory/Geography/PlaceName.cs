namespace PeerSupport.Directory.Geography;

/// <summary>
/// A named place with a point: a town from the gazetteer, or an alias (a borough, a Welsh name,
/// a short form) that points at one. <see cref="Region"/> is what the page shows after the name
/// ("Medway, England"); <see cref="County"/> and <see cref="Nation"/> narrow a typed name.
/// </summary>
public sealed record PlaceName(string Name, string Region, GeoPoint Point)
{
    public string Label => Region.Length == 0 ? Name : $"{Name}, {Region}";

    public string County { get; init; } = "";

    public string Nation { get; init; } = "";

    /// <summary>People living there (GeoNames); 0 when not known.</summary>
    public int Population { get; init; }

    /// <summary>GeoNames feature code ("PPLA2" an administrative seat) or the alias kind ("welsh").</summary>
    public string Kind { get; init; } = "";

    /// <summary>For an alias, the gazetteer name it points at ("Newport" for "Casnewydd"); null for a place.</summary>
    public string? AliasOf { get; init; }

    /// <summary>
    /// How much a place counts when a name is shared: its population, with administrative seats
    /// (a capital, a county or district seat) counted up, as a person means the city of
    /// Newport before the village. A place of unknown population (the gazetteer lists places
    /// of about 1,000 people and more, and many London districts without a figure) counts as a
    /// town of <see cref="AssumedPopulation"/> (a London district, which GeoNames seldom gives
    /// a figure, as <see cref="AssumedLondonPopulation"/>; a city's neighbourhood as
    /// <see cref="AssumedNeighbourhoodPopulation"/>), so it is asked about rather than passed over.
    /// </summary>
    public double Importance => (Population > 0 ? Population
        : Kind == PlaceAliasKinds.Neighbourhood ? AssumedNeighbourhoodPopulation
        : Kind == PlaceAliasKinds.Imported ? AssumedImportedPopulation
        : County == "Greater London" ? AssumedLondonPopulation : AssumedPopulation) + Kind switch
        {
            "PPLC" or "PPLA" => 50_000,
            "PPLA2" => 10_000,
            "PPLA3" => 2_000,
            _ => 0,
        };

    public const int AssumedPopulation = 3_000;
    public const int AssumedLondonPopulation = 20_000;

    /// <summary>A neighbourhood of a city (Headingley, Roath) counts as this many people, not as its city.</summary>
    public const int AssumedNeighbourhoodPopulation = 15_000;

    /// <summary>An imported place name without a population (a hamlet, a locality) never outweighs a town of the gazetteer.</summary>
    public const int AssumedImportedPopulation = 300;

    public static PlaceName Of(string name, string county, string nation, GeoPoint point) =>
        new(name, string.Join(", ", new[] { county, nation }.Where(s => s.Length > 0)), point) { County = county, Nation = nation };
}
