using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// The taxonomy is data moderators extend: every dimension with its tags (and how many listings
/// carry each), and adding a tag. A new tag carries no listings, so the index needs no update; its
/// feed entry makes every node's search form show it.
/// </summary>
public class TaxonomyModel(DirectoryDbContext db, FeedFollower feed) : PageModel
{
    public sealed record TagRow(int Id, string Slug, string Name, int Synonyms, int Listings);
    public sealed record DimensionRow(int Id, string Name, string Description, IReadOnlyList<TagRow> Tags);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<DimensionRow> Dimensions { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the dimension the tag belongs to")]
        [Display(Name = "Dimension")]
        public int? DimensionId { get; set; }

        [Required(ErrorMessage = "Enter the tag's name")]
        [StringLength(100, ErrorMessage = "Keep the name under 100 characters")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(500, ErrorMessage = "Keep the description under 500 characters")]
        [Display(Name = "Description (optional)")]
        public string? Description { get; set; }

        [Display(Name = "Search synonyms (optional, one per line)")]
        public string? Synonyms { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var name = Input.Name.Trim();
        var slug = Slug.From(name);
        if (ModelState.IsValid && slug.Length == 0)
        {
            ModelState.AddModelError("Input.Name", "Use at least one letter or digit in the name");
        }
        var dimension = Input.DimensionId is { } dimensionId
            ? await db.TaxonomyDimensions.Include(d => d.Tags).FirstOrDefaultAsync(d => d.Id == dimensionId, cancellationToken)
            : null;
        if (Input.DimensionId is not null && dimension is null)
        {
            ModelState.AddModelError("Input.DimensionId", "Choose the dimension the tag belongs to");
        }
        if (slug.Length > 0 && await db.TaxonomyTags.Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            ModelState.AddModelError("Input.Name", $"There is already a tag called “{existing}”; choose another name or edit that tag");
        }
        var synonyms = TagWords.Synonyms(Input.Synonyms, name);
        if (synonyms.Any(s => s.Length > TagWords.MaxSynonymLength))
        {
            ModelState.AddModelError("Input.Synonyms", $"Keep each synonym under {TagWords.MaxSynonymLength} characters");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        dimension!.Tags.Add(new TaxonomyTag
        {
            Slug = slug,
            Name = name,
            Description = Input.Description?.Trim() ?? "",
            Synonyms = synonyms,
            SortOrder = dimension.Tags.Count == 0 ? 0 : dimension.Tags.Max(t => t.SortOrder) + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        Done = $"Added “{name}” to {dimension.Name}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Listings.SelectMany(l => l.Tags.Select(t => t.Id)).GroupBy(id => id)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var dimensions = await db.TaxonomyDimensions.AsNoTracking().Include(d => d.Tags).OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
        Dimensions = dimensions.Select(d => new DimensionRow(d.Id, d.Name, d.Description,
            d.Tags.OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                .Select(t => new TagRow(t.Id, t.Slug, t.Name, t.Synonyms.Count, counts.GetValueOrDefault(t.Id))).ToList())).ToList();
    }
}
