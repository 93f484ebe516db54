using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// The aliases in the database and the gazetteer that uses them: seeds missing ones from the
/// seed file on start, and after any change puts a new gazetteer in <see cref="PlaceNames"/>,
/// so the change is searchable at once.
/// </summary>
public sealed class PlaceAliasStore(DirectoryDbContext db, PlaceNames names, TimeProvider clock)
{
    /// <summary>Adds the seed file's aliases the database has never had (matched by name and kind); returns how many.</summary>
    public async Task<int> ImportMissingAsync(string csvPath, CancellationToken cancellationToken = default)
    {
        var seed = Gazetteer.ReadAliases(csvPath, names.Current);
        var known = (await db.PlaceAliases.Select(a => new { a.Name, a.Kind }).ToListAsync(cancellationToken))
            .Select(a => (a.Name.ToUpperInvariant(), a.Kind)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var alias in seed)
        {
            if (known.Add((alias.Name.ToUpperInvariant(), alias.Kind)))
            {
                db.PlaceAliases.Add(new PlaceAlias
                {
                    Name = alias.Name,
                    Kind = alias.Kind,
                    Target = alias.AliasOf ?? "",
                    County = alias.County,
                    Nation = alias.Nation,
                    Latitude = alias.Point.Latitude,
                    Longitude = alias.Point.Longitude,
                    AddedAt = now,
                    AddedBy = ChangeActor.Seed,
                });
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Puts the aliases now in the database into the gazetteer in use.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var aliases = await db.PlaceAliases.AsNoTracking().Where(a => a.RemovedAt == null).ToListAsync(cancellationToken);
        var current = names.Current;
        names.Replace(current.WithAliases(aliases.Select(a =>
            Gazetteer.Alias(current, a.Name, a.Kind, a.Target, a.County, a.Nation, new GeoPoint(a.Latitude, a.Longitude), a.Population))));
    }

}
