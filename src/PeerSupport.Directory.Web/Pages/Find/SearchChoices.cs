using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>The taxonomy as the search form offers it: what to have in common, how to meet, and activities.</summary>
public sealed record SearchChoices(IReadOnlyList<SearchChoices.Dimension> InCommon, IReadOnlyList<SearchChoices.Tag> Formats, IReadOnlyList<SearchChoices.Tag> Activities)
{
    public sealed record Tag(string Slug, string Name, string Description);
    public sealed record Dimension(string Slug, string Name, string Description, IReadOnlyList<Tag> Tags);

    public string NameOf(string slug) =>
        InCommon.SelectMany(d => d.Tags).Concat(Formats).Concat(Activities).FirstOrDefault(t => t.Slug == slug)?.Name ?? slug;

    public static async Task<SearchChoices> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
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
