using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// One tag: rename it (its slug stays, so shared search links keep working), edit its description
/// and synonyms, or merge it into another tag. Tag names and synonyms are written into each
/// listing's document when it is indexed: the save writes a taxonomy entry to the change feed, and
/// <see cref="FeedFollower"/> re-indexes every listing carrying the tag and forgets the search
/// form's taxonomy on every node (on this one right after the save).
/// </summary>
public class TagModel(DirectoryDbContext db, FeedFollower feed, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TaxonomyTag Tag { get; private set; } = null!;
    public int Listings { get; private set; }
    public IReadOnlyList<(int Id, string Label)> MergeTargets { get; private set; } = [];
    public bool CanMerge => Tag.Dimension?.Slug != Dimensions.Format;

    [TempData]
    public string? Done { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the tag's name")]
        [StringLength(100, ErrorMessage = "Keep the name under 100 characters")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(500, ErrorMessage = "Keep the description under 500 characters")]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Display(Name = "Search synonyms (one per line)")]
        public string? Synonyms { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        FillInput();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var name = Input.Name.Trim();
        if (name.Length > 0 && await db.TaxonomyTags.AnyAsync(t => t.Id != id && t.DimensionId == Tag.DimensionId && t.Name.ToLower() == name.ToLower(), cancellationToken))
        {
            ModelState.AddModelError("Input.Name", "Another tag in this dimension already has that name; merge the two instead");
        }
        var synonyms = TagWords.Synonyms(Input.Synonyms, name);
        if (synonyms.Any(s => s.Length > TagWords.MaxSynonymLength))
        {
            ModelState.AddModelError("Input.Synonyms", $"Keep each synonym under {TagWords.MaxSynonymLength} characters");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var tag = await db.TaxonomyTags.SingleAsync(t => t.Id == id, cancellationToken);
        tag.Name = name;
        tag.Description = Input.Description?.Trim() ?? "";
        tag.Synonyms = synonyms;
        await db.SaveChangesAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        Done = $"Saved “{name}”; search now uses its name and synonyms.";
        return RedirectToPage(new { id });
    }

    /// <summary>Moves this tag's listings to another tag (without duplicates), keeps its name and synonyms as the other tag's synonyms, then deletes it.</summary>
    public async Task<IActionResult> OnPostMergeAsync(int id, int? intoTagId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // The edit form's fields are not part of a merge.
        ModelState.Clear();
        FillInput();
        var into = intoTagId is { } intoId && intoId != id
            ? await db.TaxonomyTags.Include(t => t.Dimension).FirstOrDefaultAsync(t => t.Id == intoId && t.Dimension!.Slug != Dimensions.Format, cancellationToken)
            : null;
        if (!CanMerge)
        {
            ModelState.AddModelError("intoTagId", "Format tags stand for how a listing meets and cannot be merged");
        }
        else if (into is null)
        {
            ModelState.AddModelError("intoTagId", "Choose the tag to merge this one into");
        }
        else if (into.DimensionId != Tag.DimensionId)
        {
            // A tag means something within its dimension ("women" as gender is not "women" as a community); merging across would change what listings say.
            ModelState.AddModelError("intoTagId", $"A tag can only be merged into another tag of the same dimension: “{into.Name}” is in {into.Dimension!.Name}, not {Tag.Dimension!.Name}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tag = await db.TaxonomyTags.SingleAsync(t => t.Id == id, cancellationToken);
        var listings = await db.Listings.Include(l => l.Tags).Where(l => l.Tags.Any(t => t.Id == id)).ToListAsync(cancellationToken);
        foreach (var listing in listings)
        {
            listing.Tags.RemoveAll(t => t.Id == id);
            if (!listing.Tags.Any(t => t.Id == into!.Id))
            {
                listing.Tags.Add(into!);
            }
        }
        into!.Synonyms = TagWords.Clean(into.Synonyms.Append(tag.Name).Concat(tag.Synonyms), into.Name);
        db.TaxonomyTags.Remove(tag);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            ModeratorChanges.MarkReviewed(listings, ChangeActor.Of(User), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await feed.CatchUpAsync(cancellationToken);
        TempData[nameof(TaxonomyModel.Done)] = $"Merged “{tag.Name}” into “{into.Name}”: {listings.Count} {(listings.Count == 1 ? "listing" : "listings")} moved.";
        return RedirectToPage("/Moderate/Taxonomy");
    }

    private void FillInput()
    {
        Input.Name = Tag.Name;
        Input.Description = Tag.Description;
        Input.Synonyms = string.Join('\n', Tag.Synonyms);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await db.TaxonomyTags.AsNoTracking().Include(t => t.Dimension).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return false;
        }
        Tag = tag;
        Listings = await db.Listings.CountAsync(l => l.Tags.Any(t => t.Id == id), cancellationToken);
        // Only within the tag's own dimension, and never into a format tag: those drive the "how would you like to meet" filters.
        var targets = await db.TaxonomyTags.AsNoTracking()
            .Where(t => t.Id != id && t.DimensionId == tag.DimensionId && t.Dimension!.Slug != Dimensions.Format)
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        MergeTargets = targets.Select(t => (t.Id, t.Name)).ToList();
        return true;
    }
}
