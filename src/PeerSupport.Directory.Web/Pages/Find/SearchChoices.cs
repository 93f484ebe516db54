using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>The taxonomy as the search form offers it: what to have in common, how to meet, and activities.</summary>
public sealed record SearchChoices(IReadOnlyList<SearchChoices.Dimension> InCommon, IReadOnlyList<SearchChoices.Tag> Formats, IReadOnlyList<SearchChoices.Tag> Activities)
{
    /// <summary>Reads the words of a search with this taxonomy's names and synonyms.</summary>
    public QueryReader Reader { get; init; } = new([]);

    public sealed record Tag(string Slug, string Name, string Description);
    public sealed record Dimension(string Slug, string Name, string Description, IReadOnlyList<Tag> Tags);

    private Dictionary<string, string>? names;

    /// <summary>A preference's name: a tag's, or a filter value's ("time:Evening" → "Evening (from 5pm)").</summary>
    public string NameOf(string slug)
    {
        if (FilterGroups.ValueOf(slug) is { } value)
        {
            return value.Label;
        }
        names ??= InCommon.SelectMany(d => d.Tags).Concat(Formats).Concat(Activities)
            .DistinctBy(t => t.Slug).ToDictionary(t => t.Slug, t => t.Name);
        return names.GetValueOrDefault(slug, slug);
    }

    /// <summary>Reads the taxonomy from the database; pages get it through <see cref="SearchChoicesCache"/>.</summary>
    public static async Task<SearchChoices> ReadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var dimensions = await db.TaxonomyDimensions.AsNoTracking()
            .OrderBy(d => d.SortOrder)
            .Select(d => new Dimension(d.Slug, d.Name, d.Description,
                d.Tags.OrderBy(t => t.SortOrder).Select(t => new Tag(t.Slug, t.Name, t.Description)).ToList()))
            .ToListAsync(cancellationToken);
        return new SearchChoices(
            dimensions.Where(d => d.Slug is not (Dimensions.Format or Dimensions.Activity)).ToList(),
            dimensions.FirstOrDefault(d => d.Slug == Dimensions.Format)?.Tags ?? [],
            dimensions.FirstOrDefault(d => d.Slug == Dimensions.Activity)?.Tags ?? [])
        {
            Reader = await QueryReader.LoadAsync(db, cancellationToken),
        };
    }
}
