using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Geography;

/// <summary>What a person typed as "where": found, one of several places, or not understood (with why).</summary>
public abstract record Location
{
    /// <summary>
    /// A point to search from. <see cref="Others"/> are other places the words could mean, for
    /// "Did you mean …?" links; <see cref="Corrected"/> says the words were read as a
    /// different spelling or a longer name ("Sheffeild" as Sheffield).
    /// </summary>
    public sealed record Found(GeoPoint Point, string Label) : Location
    {
        public IReadOnlyList<PlaceName> Others { get; init; } = [];

        public bool Corrected { get; init; }

        /// <summary>The named place found (null for a postcode or coordinates).</summary>
        public PlaceName? Place { get; init; }

        /// <summary>The nation the point is in (from the place, or the nearest place), for support offered to one nation.</summary>
        public Nations Nation { get; init; }
    }

    public sealed record Ambiguous(IReadOnlyList<PlaceName> Choices) : Location;

    /// <summary>Not understood; <see cref="Suggestions"/> are the nearest spellings that exist.</summary>
    public sealed record NotFound(string Message) : Location
    {
        public IReadOnlyList<PlaceName> Suggestions { get; init; } = [];
    }
}

/// <summary>
/// Turns what a person types into "where" into a point, for the search form, the suggestions
/// and every other place box: "Leeds", "ross-on-wye", "St. Albans", "Gillingham, Kent",
/// "Newport Shropshire", "Redbridge", "Casnewydd", "Ashby", "Sheffeild", coordinates, a
/// postcode ("LS1 4AP") or an outward code ("LS1"). Postcodes go to the configured
/// <see cref="IPostcodeLookup"/>. Names are read in this order, and the first that finds
/// anything decides: the whole name (<see cref="PlaceKey"/> ignores case, punctuation, "St" and
/// "on"/"upon"); the name with a county, nation or town after it, which narrows the choice;
/// a name that begins with the words typed; a spelling one edit away (two from 9 letters).
/// Where several places share the name, one that clearly outweighs the others
/// (<see cref="ClearLead"/> times the importance) is searched at once and the others offered;
/// comparable ones are asked about. A correction or a short form is used only when it points
/// clearly to one place.
/// </summary>
public sealed partial class LocationResolver(PlaceNames names, IPostcodeLookup postcodes)
{
    /// <summary>How many times more important the first place must be than the next to be chosen without asking.</summary>
    public const double ClearLead = 5;

    /// <summary>Places of one name closer than this are one place (a town and the borough named after it).</summary>
    private const double SamePlaceKm = 8;

    /// <summary>How near a qualifying area must be to a candidate ("Gillingham, Kent": Medway's Gillingham is in Kent).</summary>
    private const double QualifierKm = 60;

    public LocationResolver(Gazetteer gazetteer, IPostcodeLookup postcodes) : this(new PlaceNames(gazetteer), postcodes)
    {
    }

    public async Task<Location> ResolveAsync(string input, CancellationToken cancellationToken = default)
    {
        var text = input.Trim();
        var coordinates = CoordinatesPattern().Match(text);
        if (coordinates.Success)
        {
            var point = new GeoPoint(
                double.Parse(coordinates.Groups["lat"].Value, CultureInfo.InvariantCulture),
                double.Parse(coordinates.Groups["lon"].Value, CultureInfo.InvariantCulture));
            return point.IsInGreatBritain
                ? new Location.Found(point, "your location") { Nation = NationAt(point) }
                : new Location.NotFound("Those coordinates are outside Great Britain. Try a town or city name.");
        }
        if (Postcode.TryParse(text, out var postcode))
        {
            return await postcodes.LookUpAsync(postcode, cancellationToken) switch
            {
                PostcodeAnswer.Found found => new Location.Found(found.Point, postcode.ToString()) { Nation = NationAt(found.Point) },
                PostcodeAnswer.Unknown => new Location.NotFound(
                    $"We couldn't find the postcode \"{postcode}\". Check it, or try the name of your town or city instead."),
                PostcodeAnswer.Unavailable => new Location.NotFound(
                    "We couldn't look up postcodes right now. Try the name of your town or city instead."),
                _ => new Location.NotFound(
                    $"We can't look up postcodes like \"{postcode}\" yet. Try the name of your town or city instead."),
            };
        }
        return ResolveName(text);
    }

    private Nations NationAt(GeoPoint point) => NationNames.Of(names.Current.Nearest(point)?.Nation);

    /// <summary>A place name (no postcode or coordinates) as a location; pure and in memory.</summary>
    public Location ResolveName(string text)
    {
        var gazetteer = names.Current;
        text = text.Trim();
        var (name, qualifier) = SplitQualifier(text);
        var found = gazetteer.Find(name);
        if (qualifier is null && found.Count > 0)
        {
            // An everyday short name a moderator recorded ("Newcastle" for Newcastle upon Tyne) decides;
            // else a town people call by its first word (Stratford-upon-Avon) is weighed with the exact names.
            var calledBy = gazetteer.CalledBy(name);
            if (found.FirstOrDefault(p => p.Kind == PlaceAliasKinds.ShortForm) is { } everyday)
            {
                var others = Distinct(found.Concat(calledBy)).Where(p => p.Point.DistanceKmTo(everyday.Point) >= SamePlaceKm).Take(4).ToList();
                // Shown by its full name, so the person sees which place "Barrow" was taken for.
                var shown = everyday.AliasOf is { Length: > 0 } full ? everyday with { Name = full } : everyday;
                return new Location.Found(everyday.Point, others.Count > 0 ? shown.Label : shown.Name)
                {
                    Others = others,
                    Place = everyday,
                    Nation = NationNames.Of(everyday.Nation),
                    Corrected = shown != everyday,
                };
            }
            // Only when such a town outweighs every exact one: "Stoke" is Stoke-on-Trent, "Sutton" is still Sutton.
            if (calledBy.Count > 0 && calledBy.Max(p => p.Importance) > found.Max(p => p.Importance))
            {
                found = [.. found, .. calledBy];
            }
        }
        if (qualifier is not null)
        {
            // "Newcastle, Staffordshire": the name in the area, else a longer name in it (Newcastle-under-Lyme).
            found = Narrow(gazetteer, found, qualifier) is { Count: > 0 } inArea ? inArea : Narrow(gazetteer, gazetteer.StartingWithWords(name), qualifier);
        }
        else if (found.Count == 0 && TrailingQualifier(gazetteer, text) is { } split)
        {
            // "Newport Shropshire", "gillingham kent": the last words name the area.
            (name, qualifier, found) = split;
        }
        if (found.Count > 0)
        {
            return Decide(found, corrected: false)!;
        }
        if (qualifier is not null && gazetteer.Find(name).Count > 0)
        {
            return new Location.NotFound($"We couldn't find \"{name}\" in \"{qualifier}\". Check the spelling, or leave out the part after the comma.")
            {
                Suggestions = Distinct(gazetteer.Find(name)).Take(5).ToList(),
            };
        }
        // Short forms: "Ashby", "Barrow". Only a clear winner counts; several comparable ones are no answer.
        if (PlaceKey.Of(name).Length >= 4 && gazetteer.StartingWithWords(name) is { Count: > 0 } longer && Decide(longer, corrected: true) is { } shortForm)
        {
            return shortForm;
        }
        // Typos, and only to one clear place.
        var similar = gazetteer.Similar(name);
        if (similar.Count > 0)
        {
            // The fewest edits, and of those the ones that change no letter when there are any ("Worchester": Worcester, not Dorchester).
            var nearest = similar.Where(s => s.Edits == similar[0].Edits && s.Changed == similar[0].Changed).Select(s => s.Place).ToList();
            if (qualifier is not null)
            {
                nearest = Narrow(gazetteer, nearest, qualifier);
            }
            if (nearest.Count > 0 && Decide(nearest, corrected: true) is { } corrected)
            {
                return corrected;
            }
        }
        var suggestions = Distinct(similar.Select(s => s.Place)).Take(5).ToList();
        return new Location.NotFound(suggestions.Count > 0
            ? $"We couldn't find a place called \"{text}\". Did you mean one of the places below? Or try a nearby town or city."
            : $"We couldn't find a place called \"{text}\". Check the spelling, or try a nearby town or city.")
        {
            Suggestions = suggestions,
        };
    }

    /// <summary>
    /// One place, a clear winner with the others offered, or a choice to ask about; for a
    /// correction or a short form, only a clear winner (null otherwise: a guess among
    /// comparable places is no answer).
    /// </summary>
    private static Location? Decide(IReadOnlyList<PlaceName> candidates, bool corrected)
    {
        var ranked = Distinct(candidates).OrderByDescending(p => p.Importance).ThenBy(p => p.Label, StringComparer.Ordinal).ToList();
        var first = ranked[0];
        if (ranked.Count == 1 || first.Importance >= ClearLead * Math.Max(1, ranked[1].Importance))
        {
            // With others of the name about, the label says which one this is.
            var others = ranked.Skip(1).Take(4).ToList();
            return new Location.Found(first.Point, others.Count > 0 ? first.Label : first.Name) { Others = others, Corrected = corrected, Place = first, Nation = NationNames.Of(first.Nation) };
        }
        return corrected ? null : new Location.Ambiguous(ranked);
    }

    /// <summary>Candidates a few km apart are one place (a town, the borough named after it, its short name): the more important one stands for all.</summary>
    private static List<PlaceName> Distinct(IEnumerable<PlaceName> candidates)
    {
        var kept = new List<PlaceName>();
        foreach (var place in candidates.OrderByDescending(p => p.Importance).ThenBy(p => p.AliasOf is null ? 1 : 0))
        {
            if (!kept.Any(k => k.Point.DistanceKmTo(place.Point) < SamePlaceKm))
            {
                kept.Add(place);
            }
        }
        return kept;
    }

    /// <summary>
    /// The candidates in the area named after the name: by the county or nation they are
    /// filed under ("Richmond, North Yorkshire", "Newport, Wales", "Gillingham, Dorset, England"
    /// from a "Did you mean" link), else by distance to the area ("Gillingham, Kent": the
    /// gazetteer files it under Medway, which is in Kent).
    /// </summary>
    private static List<PlaceName> Narrow(Gazetteer gazetteer, IReadOnlyList<PlaceName> candidates, string qualifier)
    {
        var key = PlaceKey.Of(qualifier);
        var filed = candidates.Where(c => PlaceKey.Of(c.Region).Contains(key, StringComparison.Ordinal)).ToList();
        if (filed.Count > 0 || key.Length == 0)
        {
            return filed;
        }
        var area = gazetteer.Area(qualifier);
        if (area.Count == 0)
        {
            return [];
        }
        var near = candidates
            .Select(c => (Place: c, Km: area.Min(a => a.Point.DistanceKmTo(c.Point))))
            .Where(c => c.Km <= QualifierKm)
            .OrderBy(c => c.Km)
            .ToList();
        // The nearest, and any about as near (within twice its distance, or 10 km).
        return near.Where(c => c.Km <= Math.Max(10, near[0].Km * 2)).Select(c => c.Place).ToList();
    }

    private static (string Name, string? Qualifier) SplitQualifier(string text)
    {
        var comma = text.IndexOf(',');
        return comma < 0 ? (text, null) : (text[..comma].Trim(), text[(comma + 1)..].Trim() is { Length: > 0 } q ? q : null);
    }

    /// <summary>The last one to three words as an area, when the words before them are a known name in it.</summary>
    private static (string Name, string Qualifier, IReadOnlyList<PlaceName> Found)? TrailingQualifier(Gazetteer gazetteer, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var tail = 1; tail <= Math.Min(3, words.Length - 1); tail++)
        {
            var name = string.Join(' ', words[..^tail]);
            var qualifier = string.Join(' ', words[^tail..]);
            if (gazetteer.Area(qualifier).Count == 0)
            {
                continue;
            }
            var found = Narrow(gazetteer, gazetteer.Find(name), qualifier) is { Count: > 0 } exact ? exact : Narrow(gazetteer, gazetteer.StartingWithWords(name), qualifier);
            if (found is { Count: > 0 } narrowed)
            {
                return (name, qualifier, narrowed);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?<lat>-?\d{1,2}(\.\d+)?)\s*,\s*(?<lon>-?\d{1,3}(\.\d+)?)\s*$")]
    private static partial Regex CoordinatesPattern();
}
