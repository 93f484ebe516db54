using System.Globalization;
using System.Text;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// GB place names with coordinates, population and feature class, from seed-data/places-gb.csv
/// (GeoNames; see seed-data/ATTRIBUTION.md), plus aliases that point at places (boroughs, Welsh
/// names, short forms: seed-data/place-aliases.csv and the moderators' additions). Held in
/// memory (about 5,200 names) and immutable: a change of aliases builds a new one
/// (<see cref="WithAliases"/>). Names are matched by <see cref="PlaceKey"/>.
/// </summary>
public sealed class Gazetteer
{
    private readonly PlaceName[] places;
    private readonly Dictionary<string, List<PlaceName>> byKey;

    /// <summary>Every key in order, with its names, for prefix search.</summary>
    private readonly (string Key, List<PlaceName> Places)[] sorted;

    /// <summary>Counties and nations by key, with the places in them, to narrow "Gillingham, Kent".</summary>
    private readonly Dictionary<string, List<PlaceName>> areas;

    public Gazetteer(IEnumerable<PlaceName> places, IEnumerable<PlaceName>? aliases = null)
    {
        this.places = places.ToArray();
        Aliases = (aliases ?? []).ToList();
        byKey = this.places.Concat(Aliases)
            .GroupBy(p => PlaceKey.Of(p.Name))
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.ToList());
        Count = this.places.Length;
        sorted = byKey.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();
        areas = this.places
            .SelectMany(p => new[] { (Key: PlaceKey.Of(p.County), Place: p), (Key: PlaceKey.Of(p.Nation), Place: p) })
            .Where(e => e.Key.Length > 0)
            .GroupBy(e => e.Key)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Place).ToList());
    }

    /// <summary>Places in the gazetteer (aliases not counted).</summary>
    public int Count { get; }

    public IReadOnlyList<PlaceName> Aliases { get; }

    /// <summary>The same places with another set of aliases.</summary>
    public Gazetteer WithAliases(IEnumerable<PlaceName> aliases) => new(places, aliases);

    /// <summary>Every place or alias with this name, however it was written; several for names like Newport.</summary>
    public IReadOnlyList<PlaceName> Find(string name) => byKey.GetValueOrDefault(PlaceKey.Of(name)) ?? [];

    /// <summary>The nearest place (not alias) to a point, to tell which nation a postcode or coordinates are in.</summary>
    public PlaceName? Nearest(GeoPoint point) => places.Length == 0 ? null : places.MinBy(p => p.Point.DistanceKmTo(point));

    /// <summary>The place of the gazetteer with this name in this county, for an alias to borrow its population.</summary>
    public PlaceName? Place(string name, string county) =>
        Find(name).FirstOrDefault(p => p.AliasOf is null && p.County == county);

    /// <summary>
    /// Names that begin with the words typed ("Ashby" → "Ashby-de-la-Zouch", "Barrow" → "Barrow
    /// in Furness" and "Barrow upon Soar", not "Barrowby"), most important first.
    /// </summary>
    public IReadOnlyList<PlaceName> StartingWithWords(string words)
    {
        var tokens = PlaceKey.Tokens(words);
        var key = string.Concat(tokens);
        if (key.Length == 0)
        {
            return [];
        }
        return KeysStartingWith(key)
            .Where(e => e.Key.Length > key.Length)
            .SelectMany(e => e.Places)
            .Where(p => StartsWithTokens(PlaceKey.Tokens(p.Name), tokens))
            .OrderByDescending(p => p.Importance)
            .ToList();
    }

    /// <summary>Words that join a town's name to what follows, so people call it by its first words: Stratford(-upon-Avon), Barrow(-in-Furness), Weston(-super-Mare), Ashby(-de-la-Zouch).</summary>
    private static readonly HashSet<string> Linking = ["on", "in", "under", "super", "by", "le", "de", "cum", "next", "juxta"];

    /// <summary>Longer names people shorten to the words typed because a linking word follows them ("Stratford" for Stratford-upon-Avon).</summary>
    public IReadOnlyList<PlaceName> CalledBy(string words)
    {
        var typed = PlaceKey.Tokens(words).Count;
        return StartingWithWords(words).Where(p => PlaceKey.Tokens(p.Name) is var tokens && Linking.Contains(tokens[typed])).ToList();
    }

    /// <summary>
    /// Places whose name starts with <paramref name="prefix"/> (however written), for suggestions
    /// as a person types: the exact name first, then the most important, so "Newport" comes
    /// first and then Newport Pagnell.
    /// </summary>
    public IReadOnlyList<PlaceName> StartingWith(string prefix, int limit)
    {
        var key = PlaceKey.Of(prefix);
        if (key.Length == 0 || limit <= 0)
        {
            return [];
        }
        // Word by word: "newp" suggests Newport and Newport Pagnell, not New Parks.
        var words = string.Join(' ', PlaceKey.Tokens(prefix));
        return KeysStartingWith(key)
            .SelectMany(e => e.Places.Select(p => (e.Key, Place: p)))
            .Where(m => string.Join(' ', PlaceKey.Tokens(m.Place.Name)).StartsWith(words, StringComparison.Ordinal))
            .OrderBy(m => m.Key == key ? 0 : 1)
            .ThenByDescending(m => m.Place.Importance)
            .ThenBy(m => m.Key.Length)
            .ThenBy(m => m.Place.Label, StringComparer.Ordinal)
            .Take(limit)
            .Select(m => m.Place)
            .ToList();
    }

    /// <summary>
    /// Names a few edits from the one typed, nearest first: letters added, dropped, changed or
    /// swapped ("Sheffeild", "Liverpol", "Notingam"). A name of 5 letters or more allows one
    /// edit, of 9 or more two, never more than <paramref name="maxEdits"/>; a name under 8
    /// letters allows no changed letter, only one left out, added or swapped, because a changed
    /// letter in a short name so often makes another real name (Hawes and Hayes, Leith and Leigh).
    /// </summary>
    /// <remarks><c>Changed</c>: the edits change a letter (rather than only leave one out, add or swap one); equal edits without a change come first.</remarks>
    public IReadOnlyList<(PlaceName Place, int Edits, bool Changed)> Similar(string name, int maxEdits = 2)
    {
        var key = PlaceKey.Of(name);
        var found = new List<(PlaceName, int, bool)>();
        if (key.Length < 4 || maxEdits <= 0)
        {
            return found;
        }
        foreach (var (candidate, names) in sorted)
        {
            var allowed = Math.Min(maxEdits, EditsAllowed(candidate));
            if (allowed == 0 || Math.Abs(candidate.Length - key.Length) > allowed || candidate == key)
            {
                continue;
            }
            var edits = EditDistance.Bounded(key, candidate, allowed, substitute: candidate.Length >= 8);
            if (edits <= allowed)
            {
                var changed = edits < EditDistance.Bounded(key, candidate, allowed, substitute: false);
                found.AddRange(names.Select(p => (p, edits, changed)));
            }
        }
        return found.OrderBy(f => f.Item2).ThenBy(f => f.Item3).ThenByDescending(f => f.Item1.Importance).ToList();
    }

    /// <summary>Edits a name of this key allows: one from 5 letters, two from 9.</summary>
    public static int EditsAllowed(string key) => key.Length >= 9 ? 2 : key.Length >= 5 ? 1 : 0;

    /// <summary>
    /// The places of a county or nation ("Kent", "Wales"), or failing that of the place or
    /// alias with that name; empty when the words name no area.
    /// </summary>
    public IReadOnlyList<PlaceName> Area(string name)
    {
        var key = PlaceKey.Of(name);
        if (key.Length == 0)
        {
            return [];
        }
        if (areas.TryGetValue(key, out var members))
        {
            return members;
        }
        // "Yorkshire" covers North, South, West and East Riding of Yorkshire.
        var wider = areas.Where(a => a.Key.EndsWith(key, StringComparison.Ordinal) && key.Length >= 4).SelectMany(a => a.Value).ToList();
        return wider.Count > 0 ? wider : byKey.GetValueOrDefault(key) ?? [];
    }

    public static Gazetteer Load(string csvPath, string? aliasesPath = null)
    {
        var places = ReadCsv(csvPath, f => PlaceName.Of(f("name"), f("county"), f("region"), Point(f)) with
        {
            Population = int.TryParse(f("population"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
            Kind = f("feature"),
        });
        var gazetteer = new Gazetteer(places);
        return aliasesPath is null ? gazetteer : gazetteer.WithAliases(ReadAliases(aliasesPath, gazetteer));
    }

    /// <summary>An alias file (alias,kind,name,county,region,latitude,longitude) as places; an alias (but a neighbourhood) borrows its target's population.</summary>
    public static IReadOnlyList<PlaceName> ReadAliases(string csvPath, Gazetteer places) =>
        ReadCsv(csvPath, f => Alias(places, f("alias"), f("kind"), f("name"), f("county"), f("region"), Point(f)));

    /// <summary>One alias as a place: labelled by the alias and the target's county and nation.</summary>
    public static PlaceName Alias(Gazetteer places, string alias, string kind, string target, string county, string nation, GeoPoint point, int population = 0) =>
        PlaceName.Of(alias, county, nation, point) with
        {
            Kind = kind,
            AliasOf = target,
            // A borough or Welsh name is its town; a neighbourhood is not its whole city; an imported place has its own figure.
            Population = population > 0 ? population
                : target.Length > 0 && kind != PlaceAliasKinds.Neighbourhood ? places.Place(target, county)?.Population ?? 0 : 0,
        };

    private static GeoPoint Point(Func<string, string> field) =>
        new(double.Parse(field("latitude"), CultureInfo.InvariantCulture), double.Parse(field("longitude"), CultureInfo.InvariantCulture));

    private static List<PlaceName> ReadCsv(string path, Func<Func<string, string>, PlaceName> read)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = CsvFields.Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(CsvFields.Split).Select(fields =>
        {
            string Field(string name)
            {
                var at = Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
                return at >= 0 && at < fields.Length ? fields[at].Trim() : "";
            }
            return read(Field);
        }).ToList();
    }

    private IEnumerable<(string Key, List<PlaceName> Places)> KeysStartingWith(string key)
    {
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
        for (var i = start; i < sorted.Length && sorted[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            yield return sorted[i];
        }
    }

    private static bool StartsWithTokens(IReadOnlyList<string> name, IReadOnlyList<string> typed)
    {
        if (name.Count <= typed.Count)
        {
            return false;
        }
        for (var i = 0; i < typed.Count; i++)
        {
            if (name[i] != typed[i])
            {
                return false;
            }
        }
        return true;
    }
}
