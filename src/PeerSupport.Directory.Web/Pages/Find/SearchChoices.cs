using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>The taxonomy as the search form offers it: what to have in common, how to meet, and activities.</summary>
public sealed record SearchChoices(IReadOnlyList<SearchChoices.Dimension> InCommon, IReadOnlyList<SearchChoices.Tag> Formats, IReadOnlyList<SearchChoices.Tag> Activities)
{
    /// <summary>
    /// How long the taxonomy is reused before it is read again (reading it on every search cost
    /// about a quarter of the page). A moderator's edit calls <see cref="Forget"/>, so this
    /// server shows it at once; other servers within this time.
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<string, (SearchChoices Choices, long ReadAtMs)> ByDatabase = new();

    public sealed record Tag(string Slug, string Name, string Description);
    public sealed record Dimension(string Slug, string Name, string Description, IReadOnlyList<Tag> Tags);

    private Dictionary<string, string>? names;

    public string NameOf(string slug)
    {
        names ??= InCommon.SelectMany(d => d.Tags).Concat(Formats).Concat(Activities)
            .DistinctBy(t => t.Slug).ToDictionary(t => t.Slug, t => t.Name);
        return names.GetValueOrDefault(slug, slug);
    }

    /// <summary>The taxonomy, read from the database at most once every <see cref="CacheFor"/> per database.</summary>
    public static async Task<SearchChoices> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        var key = db.Database.GetConnectionString() ?? "";
        var now = Environment.TickCount64;
        if (ByDatabase.TryGetValue(key, out var cached) && now - cached.ReadAtMs < CacheFor.TotalMilliseconds)
        {
            return cached.Choices;
        }
        var choices = await ReadAsync(db, cancellationToken);
        ByDatabase[key] = (choices, now);
        return choices;
    }

    /// <summary>Drops this database's cached taxonomy after a moderator changes it.</summary>
    public static void Forget(DirectoryDbContext db) => ByDatabase.TryRemove(db.Database.GetConnectionString() ?? "", out _);

    private static async Task<SearchChoices> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var dimensions = await db.TaxonomyDimensions.AsNoTracking()
            .OrderBy(d => d.SortOrder)
            .Select(d => new Dimension(d.Slug, d.Name, d.Description,
                d.Tags.OrderBy(t => t.SortOrder).Select(t => new Tag(t.Slug, t.Name, t.Description)).ToList()))
            .ToListAsync(cancellationToken);
        return new SearchChoices(
            dimensions.Where(d => d.Slug is not (Dimensions.Format or Dimensions.Activity)).ToList(),
            dimensions.FirstOrDefault(d => d.Slug == Dimensions.Format)?.Tags ?? [],
            dimensions.FirstOrDefault(d => d.Slug == Dimensions.Activity)?.Tags ?? []);
    }
}
