using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Taxonomy;

/// <summary>
/// Loads seed-data/taxonomy.json: adds missing dimensions and tags (matched by slug) and never
/// overwrites what moderators have edited since, so it is safe to run on every start. A seed tag
/// whose name is now another tag's synonym was merged into that tag by a moderator (merging keeps
/// the old name as a synonym), so it is not added back.
/// </summary>
public sealed class TaxonomyImporter(DirectoryDbContext db)
{
    private sealed record TagJson(string Slug, string Name, string? Description, List<string>? Synonyms);
    private sealed record DimensionJson(string Slug, string Name, string? Description, List<TagJson> Tags);
    private sealed record TaxonomyJson(List<DimensionJson> Dimensions);

    public async Task<int> ImportMissingAsync(Stream json, CancellationToken cancellationToken = default)
    {
        var file = await JsonSerializer.DeserializeAsync<TaxonomyJson>(json, Listings.Import.ListingFile.Json, cancellationToken)
            ?? throw new JsonException("taxonomy.json is empty");
        var dimensions = await db.TaxonomyDimensions.Include(d => d.Tags).ToDictionaryAsync(d => d.Slug, cancellationToken);
        var tagSlugs = (await db.TaxonomyTags.Select(t => t.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var mergedNames = (await db.TaxonomyTags.Select(t => t.Synonyms).ToListAsync(cancellationToken))
            .SelectMany(s => s).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var (d, dimensionOrder) in file.Dimensions.Select((d, i) => (d, i)))
        {
            if (!dimensions.TryGetValue(d.Slug, out var dimension))
            {
                dimension = new TaxonomyDimension { Slug = d.Slug, Name = d.Name, Description = d.Description ?? "", SortOrder = dimensionOrder };
                db.TaxonomyDimensions.Add(dimension);
            }
            foreach (var (t, tagOrder) in d.Tags.Select((t, i) => (t, i)))
            {
                if (!mergedNames.Contains(t.Name) && tagSlugs.Add(t.Slug))
                {
                    dimension.Tags.Add(new TaxonomyTag
                    {
                        Slug = t.Slug,
                        Name = t.Name,
                        Description = t.Description ?? "",
                        Synonyms = t.Synonyms ?? [],
                        SortOrder = tagOrder,
                    });
                    added++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
