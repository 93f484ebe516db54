using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// Other names for places, which moderators extend like the taxonomy: boroughs and councils,
/// Welsh names, everyday short names, neighbourhoods. The place an alias points at is typed as a
/// person would type it and found by the same resolver as search; every change is searchable at
/// once on this node and within about a second on the others (the save's feed entry,
/// <see cref="FeedFollower"/>, <see cref="PlaceAliasCache"/>). Removing keeps the row, so the seed
/// never brings a removed alias back.
/// </summary>
public class PlacesModel(DirectoryDbContext db, FeedFollower feed, LocationResolver places, TimeProvider clock) : PageModel
{
    public sealed record AliasRow(int Id, string Name, string Kind, string PointsAt, string AddedBy);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<AliasRow> Aliases { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name people type")]
        [StringLength(100, ErrorMessage = "Keep the name under 100 characters")]
        [Display(Name = "The name people type")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Choose what kind of name it is")]
        [Display(Name = "Kind of name")]
        public string Kind { get; set; } = PlaceAliasKinds.LocalAuthority;

        [Required(ErrorMessage = "Enter the town or place it means")]
        [StringLength(100, ErrorMessage = "Keep the place under 100 characters")]
        [Display(Name = "The place it means")]
        public string Place { get; set; } = "";
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var name = Input.Name.Trim();
        if (ModelState.IsValid && PlaceKey.Of(name).Length == 0)
        {
            ModelState.AddModelError("Input.Name", "Use at least one letter in the name");
        }
        if (!PlaceAliasKinds.Labels.ContainsKey(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", "Choose what kind of name it is");
        }
        PlaceName? target = null;
        if (ModelState.IsValid)
        {
            switch (places.ResolveName(Input.Place))
            {
                case Location.Found { Place: { } place }:
                    target = place;
                    break;
                case Location.Ambiguous ambiguous:
                    ModelState.AddModelError("Input.Place", $"There is more than one {Input.Place.Trim()}: add the county, for example “{ambiguous.Choices[0].Label}”");
                    break;
                default:
                    ModelState.AddModelError("Input.Place", $"We couldn't find “{Input.Place.Trim()}”. Type a town or city the search knows");
                    break;
            }
        }
        var duplicate = ModelState.IsValid && await db.PlaceAliases.AnyAsync(a => a.RemovedAt == null && a.Name == name && a.Kind == Input.Kind, cancellationToken);
        if (duplicate)
        {
            ModelState.AddModelError("Input.Name", $"“{name}” is already an alias of this kind; remove it first to point it elsewhere");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.PlaceAliases.Add(new PlaceAlias
        {
            Name = name,
            Kind = Input.Kind,
            Target = target!.AliasOf ?? target.Name,
            County = target.County,
            Nation = target.Nation,
            Latitude = target.Point.Latitude,
            Longitude = target.Point.Longitude,
            AddedAt = clock.GetUtcNow().UtcDateTime,
            AddedBy = ChangeActor.Of(User),
        });
        await db.SaveChangesAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        Done = $"“{name}” now finds {target.Label}.";
        return RedirectToPage(new { Kind = Input.Kind });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var alias = await db.PlaceAliases.FirstOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken);
        if (alias is null)
        {
            return NotFound();
        }
        alias.RemovedAt = clock.GetUtcNow().UtcDateTime;
        alias.RemovedBy = ChangeActor.Of(User);
        await db.SaveChangesAsync(cancellationToken);
        await feed.CatchUpAsync(cancellationToken);
        Done = $"Removed “{alias.Name}”; it no longer finds a place by itself.";
        return RedirectToPage(new { Kind = alias.Kind });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var query = db.PlaceAliases.AsNoTracking().Where(a => a.RemovedAt == null);
        // Imported place names (thousands, from a file) are shown only when asked for.
        query = Kind is { Length: > 0 } kind ? query.Where(a => a.Kind == kind) : query.Where(a => a.Kind != PlaceAliasKinds.Imported);
        var rows = await query.OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var authors = await ChangeAuthors.NamesAsync(db, rows.Select(r => r.AddedBy), cancellationToken);
        Aliases = rows.Select(a => new AliasRow(a.Id, a.Name, PlaceAliasKinds.Labels.GetValueOrDefault(a.Kind, a.Kind),
            $"{(a.Target.Length > 0 ? a.Target + ", " : "")}{a.County}, {a.Nation}", authors.GetValueOrDefault(a.AddedBy, a.AddedBy))).ToList();
    }
}
