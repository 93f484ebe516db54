using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Geography;

/// <summary>What a person typed as "where": found, one of several places, or not understood (with why).</summary>
public abstract record Location
{
    public sealed record Found(GeoPoint Point, string Label) : Location;
    public sealed record Ambiguous(IReadOnlyList<PlaceName> Choices) : Location;
    public sealed record NotFound(string Message) : Location;
}

/// <summary>
/// Turns "Leeds", "Newport, Wales", "53.80, -1.55", a postcode ("LS1 4AP") or an outward code
/// ("LS1") into a point. Postcodes go to the configured <see cref="IPostcodeLookup"/>; when it
/// can't place one, the message says why and suggests a town name instead.
/// </summary>
public sealed partial class LocationResolver(Gazetteer gazetteer, IPostcodeLookup postcodes)
{
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
                ? new Location.Found(point, "your location")
                : new Location.NotFound("Those coordinates are outside Great Britain. Try a town or city name.");
        }
        if (Postcode.TryParse(text, out var postcode))
        {
            return await postcodes.LookUpAsync(postcode, cancellationToken) switch
            {
                PostcodeAnswer.Found found => new Location.Found(found.Point, postcode.ToString()),
                PostcodeAnswer.Unknown => new Location.NotFound(
                    $"We couldn't find the postcode \"{postcode}\". Check it, or try the name of your town or city instead."),
                PostcodeAnswer.Unavailable => new Location.NotFound(
                    "We couldn't look up postcodes right now. Try the name of your town or city instead."),
                _ => new Location.NotFound(
                    $"We can't look up postcodes like \"{postcode}\" yet. Try the name of your town or city instead."),
            };
        }

        // "Newport, Wales" narrows a name to one region.
        var parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
        var matches = gazetteer.Find(parts[0]);
        if (parts.Length == 2 && parts[1].Length > 0)
        {
            matches = matches.Where(m => m.Region.Contains(parts[1], StringComparison.OrdinalIgnoreCase)).ToList();
        }
        return matches.Count switch
        {
            0 => new Location.NotFound($"We couldn't find a place called \"{text}\". Check the spelling, or try a nearby town or city."),
            1 => new Location.Found(matches[0].Point, matches[0].Name),
            _ => new Location.Ambiguous(matches),
        };
    }

    [GeneratedRegex(@"^\s*(?<lat>-?\d{1,2}(\.\d+)?)\s*,\s*(?<lon>-?\d{1,3}(\.\d+)?)\s*$")]
    private static partial Regex CoordinatesPattern();
}
