using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Geography;

/// <summary>What an import of place names did.</summary>
public sealed record PlaceNameImportResult(int Rows, int Imported, int AlreadyKnown, int Duplicates, int Unreadable, IReadOnlyList<int> FirstUnreadableLines);

/// <summary>
/// Imports a full place-name file beside the seed gazetteer (docs/operations.md), for the
/// hamlets, villages and districts the seed's towns of about 1,000 people leave out. Two formats,
/// told apart by the header: the ONS Index of Place Names CSV (columns <c>placeNNnm</c>,
/// <c>ctyNNnm</c> or <c>ladNNnm</c>, <c>ctryNNnm</c>, <c>lat</c>, <c>long</c>, optional
/// <c>popcnt</c>), or ours (<c>name,county,nation,latitude,longitude[,population]</c>). Rows are
/// kept as aliases of kind <see cref="PlaceAliasKinds.Imported"/>, so search, suggestions and every
/// place box use them like any other name; a name the gazetteer already has within 2 km, or one
/// the file repeats within 2 km, is left out. An imported place without a population counts as a
/// hamlet (<see cref="PlaceName.AssumedImportedPopulation"/>), so it never outweighs a town.
/// Re-importing replaces the previous import in one transaction: a bad file or a crash leaves it
/// as it was.
/// </summary>
public sealed partial class PlaceNameImporter(DirectoryDbContext db, PlaceNames names, TimeProvider clock)
{
    private const double SameKm = 2;
    private const int MaxUnreadableListed = 10;

    /// <exception cref="InvalidDataException">Not a place-name file we know, or no usable row; nothing changed.</exception>
    public async Task<PlaceNameImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = CsvFields.Split(await reader.ReadLineAsync(cancellationToken) ?? "").Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(params Regex[] patterns) => patterns.Select(p => Array.FindIndex(header, p.IsMatch)).FirstOrDefault(i => i >= 0, -1);
        var nameAt = Column(OnsName(), Exact("name"));
        var countyAt = Column(OnsCounty(), OnsDistrict(), Exact("county"));
        var nationAt = Column(OnsNation(), Exact("nation"), Exact("region"));
        var latAt = Column(Exact("lat"), Exact("latitude"));
        var lonAt = Column(Exact("long"), Exact("lon"), Exact("longitude"));
        var populationAt = Column(Exact("popcnt"), Exact("population"));
        if (nameAt < 0 || latAt < 0 || lonAt < 0)
        {
            throw new InvalidDataException("The file has no place name, latitude or longitude column: use the ONS Index of Place Names CSV, "
                + "or name,county,nation,latitude,longitude[,population]. Nothing was changed.");
        }

        var gazetteer = names.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var kept = new Dictionary<string, List<PlaceAlias>>(StringComparer.Ordinal);
        var firstUnreadable = new List<int>();
        int line = 1, rows = 0, known = 0, duplicates = 0, unreadable = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }
            rows++;
            var fields = CsvFields.Split(text);
            string Field(int at) => at >= 0 && at < fields.Length ? fields[at].Trim() : "";
            var name = Field(nameAt);
            if (name.Length is 0 or > 100 || PlaceKey.Of(name).Length == 0
                || !double.TryParse(Field(latAt), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Field(lonAt), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !new GeoPoint(lat, lon).IsInGreatBritain && !(lat is >= 54 and <= 55.4 && lon is >= -8.3 and <= -5.3))
            {
                unreadable++;
                if (firstUnreadable.Count < MaxUnreadableListed)
                {
                    firstUnreadable.Add(line);
                }
                continue;
            }
            var point = new GeoPoint(Math.Round(lat, 4), Math.Round(lon, 4));
            var key = PlaceKey.Of(name);
            if (gazetteer.Find(name).Any(p => p.Kind != PlaceAliasKinds.Imported && p.Point.DistanceKmTo(point) < SameKm))
            {
                known++;
                continue;
            }
            if (!kept.TryGetValue(key, out var same))
            {
                kept[key] = same = [];
            }
            if (same.Any(p => new GeoPoint(p.Latitude, p.Longitude).DistanceKmTo(point) < SameKm))
            {
                duplicates++;
                continue;
            }
            same.Add(new PlaceAlias
            {
                Name = name,
                Kind = PlaceAliasKinds.Imported,
                County = Truncate(Field(countyAt), 100),
                Nation = Truncate(Field(nationAt), 30),
                Latitude = point.Latitude,
                Longitude = point.Longitude,
                Population = int.TryParse(Field(populationAt), NumberStyles.None, CultureInfo.InvariantCulture, out var people) ? people : 0,
                AddedAt = now,
                AddedBy = ChangeActor.Import,
            });
        }
        var imported = kept.Values.Sum(v => v.Count);
        if (imported == 0)
        {
            throw new InvalidDataException($"No place in the file could be used ({rows:N0} rows, {unreadable:N0} unreadable, {known:N0} already known). Nothing was changed.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PlaceAliases.Where(a => a.Kind == PlaceAliasKinds.Imported).ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in kept.Values.SelectMany(v => v).Chunk(5_000))
        {
            db.PlaceAliases.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return new PlaceNameImportResult(rows, imported, known, duplicates, unreadable, firstUnreadable);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private static Regex Exact(string name) => new($"^{Regex.Escape(name)}$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^place\d{2}nm$")]
    private static partial Regex OnsName();

    [GeneratedRegex(@"^cty\d{2}nm$|^ctyhistnm$")]
    private static partial Regex OnsCounty();

    [GeneratedRegex(@"^lad\d{2}nm$")]
    private static partial Regex OnsDistrict();

    [GeneratedRegex(@"^ctry\d{2}nm$")]
    private static partial Regex OnsNation();
}
