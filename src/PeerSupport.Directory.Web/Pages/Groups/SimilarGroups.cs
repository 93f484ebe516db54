using System.Globalization;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// For a group that has closed, lapsed or is on a break: up to three running groups with the
/// same experience in common and format near it (or serving its area), and the search that
/// finds more. A person who followed an old link is never left at a dead end.
/// </summary>
public sealed record SimilarGroups(IReadOnlyList<SearchHit> Hits, SearchQuery Search)
{
    private const int Miles = 25;

    public static bool Wanted(ListingStatus status) => status is ListingStatus.Archived or ListingStatus.Lapsed or ListingStatus.Paused;

    public static SimilarGroups For(ListingSearch search, Listing listing, DateTime utcNow)
    {
        GeoPoint? near = listing.PublicPlaceOf() is { } place ? new GeoPoint(place.Latitude, place.Longitude)
            : listing.Area is { Latitude: { } lat, Longitude: { } lon } ? new GeoPoint(lat, lon) : null;
        var tags = listing.Tags.Where(t => t.Dimension?.Slug is not (Dimensions.Format or Dimensions.Activity)).Select(t => t.Slug).ToList();
        var formats = listing.Tags.Where(t => t.Dimension?.Slug == Dimensions.Format).Select(t => t.Slug).ToList();
        var results = search.Search(new SearchRequest
        {
            Near = near,
            RadiusKm = Miles * 1.609344,
            Tags = tags,
            Formats = formats,
            PageSize = 4,
            UtcNow = utcNow,
        });
        var more = new SearchQuery
        {
            Where = near is { } point ? string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:F2},{point.Longitude:F2}") : null,
            Miles = Miles,
            Tag = tags,
            Format = formats,
        };
        return new SimilarGroups([.. results.Hits.Where(h => h.Card.Id != listing.Id && h.PreferencesMet.Count > 0).Take(3)], more);
    }
}
