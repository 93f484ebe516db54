using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one rule for what the public may know of a venue. With "address on request" the public
/// page, result cards, the search index and every export see only the area: the town, the
/// outward postcode and coordinates snapped to a grid of about 1 km, never the venue or street;
/// the centre of the radius the group serves is snapped the same way.
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
        var (latitude, longitude) = Snapped(place.Latitude, place.Longitude);
        return new Place
        {
            Town = place.Town,
            Postcode = Postcode.TryParse(place.Postcode, out var postcode) ? postcode.Outward : "",
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    /// <summary>
    /// The area a listing serves as the public may see it; null when it has none. With "address on
    /// request" a radius's centre is snapped to the same grid as the venue: a lead often sets the
    /// centre from the venue's postcode, so at full precision it would point at the venue.
    /// </summary>
    public static AreaServed? PublicAreaOf(this Listing listing)
    {
        if (listing.Area is not { Latitude: { } lat, Longitude: { } lon } area || !listing.AddressOnRequest)
        {
            return listing.Area;
        }
        var (latitude, longitude) = Snapped(lat, lon);
        return new AreaServed { Kind = area.Kind, Name = area.Name, Latitude = latitude, Longitude = longitude, RadiusKm = area.RadiusKm, Wkt = area.Wkt };
    }

    private static (double Latitude, double Longitude) Snapped(double lat, double lon)
    {
        var latitude = Math.Round(lat / LatitudeStep) * LatitudeStep;
        // A degree of longitude shrinks with cos(latitude) (about 0.6 of a degree of latitude
        // across Great Britain), so the step widens to keep the cell about 1 km wide.
        // It is computed from the rounded latitude, so it reveals nothing finer.
        var longitudeStep = LatitudeStep / Math.Cos(latitude * Math.PI / 180);
        return (Math.Round(latitude, 2), Math.Round(Math.Round(lon / longitudeStep) * longitudeStep, 4));
    }

    /// <summary>The listing's place as the public may see it; null when it has none.</summary>
    public static Place? PublicPlaceOf(this Listing listing) => listing.Place?.ForPublic(listing.AddressOnRequest);

    /// <summary>"Test Hall, 1 High Street, Leeds, LS1 4AP": a place in one line, as the group page writes it (pass the public place).</summary>
    public static string Written(this Place place) =>
        string.Join(", ", new[] { place.VenueName, place.Address, place.Town, place.Postcode }.Where(x => x.Length > 0));
}
