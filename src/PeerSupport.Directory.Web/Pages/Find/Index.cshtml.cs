using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;
using PeerSupport.Directory.Web.Map;
using PeerSupport.Directory.Web.Safety;
using PeerSupport.Directory.Web.Sharing;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>Search results, served from the index. The search lives in the URL only; it is neither stored nor logged.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public class IndexModel(ListingSearch search, LocationResolver places, DirectoryDbContext db, SearchChoicesCache choices, TimeProvider clock, IOptions<MapOptions> map, SiteLinks links, FreshnessPolicy freshness) : PageModel
{
    /// <summary>The search, read from the query string by its one reader (<see cref="SearchQuery.Parse(Func{string, IEnumerable{string}})"/>).</summary>
    public SearchQuery Input { get; private set; } = new();

    public SearchChoices Choices { get; private set; } = null!;
    public SearchResults? Results { get; private set; }

    /// <summary>The request searched, with what the words were read as.</summary>
    public SearchRequest? Searched { get; private set; }
    public Location.Found? Place { get; private set; }
    public Location.Ambiguous? PlaceChoices { get; private set; }
    public string? WhereError { get; private set; }

    /// <summary>The nearest spellings that exist, when the place was not found.</summary>
    public IReadOnlyList<PlaceName> WhereSuggestions { get; private set; } = [];
    public DateTime UtcNow { get; private set; }

    /// <summary>Where this page's results meet, for the map; filled only when the person asked for the map.</summary>
    public IReadOnlyList<MapPoint> MapPoints { get; private set; } = [];

    public MapOptions MapSettings => map.Value;

    /// <summary>The map is drawn only on request, and only for results.</summary>
    public bool ShowMap => Input.Map && Results is not null;

    /// <summary>The list number of this page's first result (21 on page 2), shared by the list and the map's pins.</summary>
    public int FirstNumber => Results is { } r ? ((r.Page - 1) * r.PageSize) + 1 : 1;

    /// <summary>The groups on the list this device is making, when a referrer is making one; null for everyone else.</summary>
    public IReadOnlySet<int>? OnList { get; private set; }

    /// <summary>This page as a link to share (the whole search is in it).</summary>
    public SharePanel Share => new("Share this search", links.Absolute($"{Request.Path}{Request.QueryString}"), "Peer support groups");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = SearchQuery.Parse(key => Request.Query[key]);
        if (ListCookie.Read(Request) is { } listKey && await ReferrerLists.ByEditKeyAsync(db, listKey, cancellationToken) is { ExpiredAt: null } list)
        {
            OnList = list.Items.Select(i => i.ListingId).ToHashSet();
        }
        Choices = await choices.GetAsync(db, cancellationToken);
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
                    WhereSuggestions = notFound.Suggestions;
                    return;
            }
        }
        Searched = Input.ToRequest(Place?.Point, UtcNow, Choices.Reader, search.KnowsWord) with { OverdueDays = freshness.Options.OverdueDays, Nation = Place?.Nation ?? Nations.All };
        Results = search.Search(Searched);
        if (ShowMap)
        {
            MapPoints = await LoadMapPointsAsync(Results, cancellationToken);
            HttpContext.AllowImagesFrom(map.Value.TileOrigin);
        }
    }

    /// <summary>
    /// The index's result cards hold no coordinates, so the venues of this page's results come
    /// from the database (one query, for this page's ids only), in the list's order.
    /// </summary>
    private async Task<IReadOnlyList<MapPoint>> LoadMapPointsAsync(SearchResults results, CancellationToken cancellationToken)
    {
        var ids = results.Hits.Select(h => h.Card.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var venues = await db.Listings.AsNoTracking()
            .Where(l => ids.Contains(l.Id) && l.Place != null)
            .Select(l => new { l.Id, l.AddressOnRequest, Latitude = (double?)l.Place!.Latitude, Longitude = (double?)l.Place.Longitude })
            .ToListAsync(cancellationToken);
        // Address on request: the map shows the same ~1 km area as the page, never the venue.
        var byId = venues.Where(v => v.Latitude is not null && v.Longitude is not null)
            .Select(v => (v.Id, Place: new Place { Latitude = v.Latitude!.Value, Longitude = v.Longitude!.Value }.ForPublic(v.AddressOnRequest)))
            .ToDictionary(v => v.Id, v => new GeoPoint(v.Place.Latitude, v.Place.Longitude));
        return results.Hits
            .Select((hit, index) => (hit, index))
            .Where(x => byId.ContainsKey(x.hit.Card.Id))
            .Select(x => new MapPoint(FirstNumber + x.index, x.hit.Card.Name, $"/groups/{x.hit.Card.Id}/{x.hit.Card.Slug}",
                byId[x.hit.Card.Id].Latitude, byId[x.hit.Card.Id].Longitude))
            .ToList();
    }
}

/// <summary>One result on the map: its number in the list, name, link and venue.</summary>
public sealed record MapPoint(int Number, string Name, string Href, double Lat, double Lon);
