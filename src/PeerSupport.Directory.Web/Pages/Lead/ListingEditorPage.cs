using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// What the create and edit pages share: the form, the taxonomy it offers, and the handlers that
/// work without JavaScript by re-rendering the page with everything typed kept ("Add another",
/// "Find", choosing between places of the same name, "Preview"). Each handler first asks the page
/// whether this person may edit (<see cref="MayEditAsync"/>).
/// </summary>
[RequestSizeLimit(Safety.BodyLimits.ListingEditor)]
public abstract class ListingEditorPage(DirectoryDbContext db, LocationResolver places, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ListingForm Input { get; set; } = new();

    public IReadOnlyList<TaxonomyDimension> Dimensions { get; private set; } = [];
    public Location.Ambiguous? PlaceChoices { get; private set; }

    /// <summary>The unsaved listing as the public would see it, when the person asked for a preview.</summary>
    public Listing? Preview { get; private set; }

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    protected DirectoryDbContext Db => db;

    /// <summary>False (answered with 404) when this person may not edit the listing the page is about.</summary>
    protected abstract Task<bool> MayEditAsync(CancellationToken cancellationToken);

    /// <summary>Fills what the preview shows beyond the form (status, short code) from the saved listing, if any.</summary>
    protected abstract void CompletePreview(Listing preview);

    public async Task<IActionResult> OnPostAddContactAsync(CancellationToken cancellationToken) =>
        await RedisplayAsync(() => Input.Contacts.Add(new ContactRow()), cancellationToken);

    public async Task<IActionResult> OnPostAddScheduleAsync(CancellationToken cancellationToken) =>
        await RedisplayAsync(() => Input.Schedules.Add(new ScheduleRow()), cancellationToken);

    public async Task<IActionResult> OnPostFindPlaceAsync(CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        PlaceChoices = await ListingFormPlaces.FillAsync(Input, places, ModelState, lookUpVenue: true, cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>One of several places with the same name, chosen by its label ("Newport, Wales").</summary>
    public async Task<IActionResult> OnPostPickPlaceAsync(string pick, CancellationToken cancellationToken)
    {
        Input.Place.Search = pick;
        return await OnPostFindPlaceAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return NotFound();
        }
        if (await MapAsync(cancellationToken) is { } mapped)
        {
            CompletePreview(mapped.Listing);
            Preview = mapped.Listing;
        }
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Looks up missing coordinates, then checks and maps the form; null (with messages) when it has errors.</summary>
    protected async Task<ListingFormMapper.Mapped?> MapAsync(CancellationToken cancellationToken)
    {
        PlaceChoices = await ListingFormPlaces.FillAsync(Input, places, ModelState, lookUpVenue: false, cancellationToken);
        var tags = await LoadTaxonomyAsync(cancellationToken);
        return ListingFormMapper.ToListing(Input, tags, ModelState) is { } mapped && ModelState.IsValid ? mapped : null;
    }

    /// <summary>Tag slug to name, for describing a listing's tags in words.</summary>
    protected IReadOnlyDictionary<string, string> TagNames() =>
        Dimensions.SelectMany(d => d.Tags).ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);

    protected async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadTaxonomyAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RedisplayAsync(Action change, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return NotFound();
        }
        // Not a save: show no messages yet, just the page with one more row and everything kept.
        ModelState.Clear();
        change();
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Every tag, tracked (so an edited listing can be linked to them), grouped for the page.</summary>
    private async Task<IReadOnlyList<TaxonomyTag>> LoadTaxonomyAsync(CancellationToken cancellationToken)
    {
        if (Dimensions.Count == 0)
        {
            Dimensions = await db.TaxonomyDimensions.Include(d => d.Tags)
                .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
        }
        return [.. Dimensions.SelectMany(d => d.Tags)];
    }
}
