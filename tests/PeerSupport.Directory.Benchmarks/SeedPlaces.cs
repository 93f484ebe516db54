using System.Globalization;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>A town from seed-data/places-gb.csv, with whether typing its name finds it alone (no comma, no namesake).</summary>
internal sealed record SeedPlace(string Name, string Region, string County, GeoPoint Point, bool Unique)
{
    public bool IsLondon => County == "Greater London";
}

/// <summary>A taxonomy tag from seed-data/taxonomy.json.</summary>
internal sealed record SeedTag(string Slug, string Name, string Dimension);

/// <summary>The seed files the generator and the query mix draw from.</summary>
internal sealed class SeedData
{
    /// <summary>Cities that get a larger share of listings and searches, as they have more people.</summary>
    private static readonly string[] CityNames =
    [
        "Birmingham", "Manchester", "Leeds", "Liverpool", "Sheffield", "Bristol", "Cardiff", "Leicester", "Coventry",
        "Bradford", "Nottingham", "Kingston upon Hull", "Stoke-on-Trent", "Wolverhampton", "Plymouth", "Derby",
        "Southampton", "Portsmouth", "Swansea", "Brighton", "Reading", "Norwich", "Sunderland", "Middlesbrough", "York",
    ];

    public required IReadOnlyList<SeedPlace> Places { get; init; }
    public required IReadOnlyList<SeedPlace> London { get; init; }
    public required IReadOnlyList<SeedPlace> Cities { get; init; }
    public required IReadOnlyList<SeedTag> Tags { get; init; }

    /// <summary>Tags that say what people have in common (every dimension but format and activity).</summary>
    public IEnumerable<SeedTag> InCommon => Tags.Where(t => t.Dimension is not ("format" or "activity"));

    public IEnumerable<SeedTag> Activities => Tags.Where(t => t.Dimension == "activity");

    public static SeedData Load(Gazetteer gazetteer)
    {
        var places = ReadPlaces(BenchmarkDirectory.SeedFile("places-gb.csv"), gazetteer)
            .Where(p => p.Region is "England" or "Wales")
            .ToList();
        return new SeedData
        {
            Places = places,
            London = places.Where(p => p.IsLondon).ToList(),
            Cities = CityNames.Select(name => places.First(p => p.Name == name && p.Unique)).ToList(),
            Tags = ReadTags(BenchmarkDirectory.SeedFile("taxonomy.json")),
        };
    }

    /// <summary>A place weighted roughly by where people live: London, the big cities, then anywhere.</summary>
    public SeedPlace PickPlace(Random random, bool uniqueName = false)
    {
        while (true)
        {
            var roll = random.NextDouble();
            var place = roll < 0.22 ? London[random.Next(London.Count)]
                : roll < 0.50 ? Cities[random.Next(Cities.Count)]
                : Places[random.Next(Places.Count)];
            if (!uniqueName || place.Unique)
            {
                return place;
            }
        }
    }

    private static List<SeedPlace> ReadPlaces(string path, Gazetteer gazetteer)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        int Column(string name) => Array.IndexOf(header, name);
        var (name, region, lat, lon, county) = (Column("name"), Column("region"), Column("latitude"), Column("longitude"), Column("county"));
        var places = new List<SeedPlace>();
        while (parser.ReadFields() is { } fields)
        {
            places.Add(new SeedPlace(fields[name], fields[region], fields[county],
                new GeoPoint(double.Parse(fields[lat], CultureInfo.InvariantCulture), double.Parse(fields[lon], CultureInfo.InvariantCulture)),
                !fields[name].Contains(',', StringComparison.Ordinal) && gazetteer.Find(fields[name]).Count == 1));
        }
        return places;
    }

    private sealed record TaxonomyFile(List<DimensionJson> Dimensions);
    private sealed record DimensionJson(string Slug, List<TagJson> Tags);
    private sealed record TagJson(string Slug, string Name);

    private static List<SeedTag> ReadTags(string path)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(File.ReadAllText(path), PeerSupport.Directory.Listings.Import.ListingFile.Json)
            ?? throw new InvalidDataException("taxonomy.json is empty");
        return file.Dimensions.SelectMany(d => d.Tags.Select(t => new SeedTag(t.Slug, t.Name, d.Slug))).ToList();
    }
}
