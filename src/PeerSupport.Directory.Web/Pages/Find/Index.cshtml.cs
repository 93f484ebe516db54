using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>Search results, served from the index. The search lives in the URL only; it is neither stored nor logged.</summary>
public class IndexModel(ListingSearch search, LocationResolver places, DirectoryDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchInput Input { get; set; } = new();

    public SearchChoices Choices { get; private set; } = null!;
    public SearchResults? Results { get; private set; }
    public Location.Found? Place { get; private set; }
    public Location.Ambiguous? PlaceChoices { get; private set; }
    public string? WhereError { get; private set; }
    public DateTime UtcNow { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await SearchChoices.LoadAsync(db, cancellationToken);
        UtcNow = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrWhiteSpace(Input.Where))
        {
            switch (await places.ResolveAsync(Input.Where, cancellationToken))
            {
                case Location.Found found:
                    Place = found;
                    break;
                case Location.Ambiguous ambiguous:
                    PlaceChoices = ambiguous;
                    return;
                case Location.NotFound notFound:
                    WhereError = notFound.Message;
                    return;
            }
        }
        Results = search.Search(Input.ToRequest(Place?.Point, UtcNow));
    }
}
