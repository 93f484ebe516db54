using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one rule for what the public may know of a venue. With "address on request" the public
/// page, result cards, the search index and every export see only the area: the town, the
/// outward postcode and coordinates snapped to a grid of about 1 km, never the venue or street.
/// </summary>
public static class PublicPlace
{
    /// <summary>Grid step in latitude: 0.01° is about 1.1 km everywhere.</summary>
    private const double LatitudeStep = 0.01;

    public static Place ForPublic(this Place place, bool addressOnRequest)
    {
        if (!addressOnRequest)
        {
            return place;
        }
        var latitude = Math.Round(place.Latitude / LatitudeStep) * LatitudeStep;
        // A degree of longitude shrinks with cos(latitude) (about 0.6 of a degree of latitude
        // across Great Britain), so the step widens to keep the cell about 1 km wide.
        // It is computed from the rounded latitude, so it reveals nothing finer.
        var longitudeStep = LatitudeStep / Math.Cos(latitude * Math.PI / 180);
        var longitude = Math.Round(place.Longitude / longitudeStep) * longitudeStep;
        return new Place
        {
            Town = place.Town,
            Postcode = Postcode.TryParse(place.Postcode, out var postcode) ? postcode.Outward : "",
            Latitude = Math.Round(latitude, 2),
            Longitude = Math.Round(longitude, 4),
        };
    }

    /// <summary>The listing's place as the public may see it; null when it has none.</summary>
    public static Place? PublicPlaceOf(this Listing listing) => listing.Place?.ForPublic(listing.AddressOnRequest);

    /// <summary>"Test Hall, 1 High Street, Leeds, LS1 4AP": a place in one line, as the group page writes it (pass the public place).</summary>
    public static string Written(this Place place) =>
        string.Join(", ", new[] { place.VenueName, place.Address, place.Town, place.Postcode }.Where(x => x.Length > 0));
}
