using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Listings;

public class PublicPlaceTests
{
    private static readonly Place Venue = new()
    {
        VenueName = "Women's Centre",
        Address = "3 Quiet Street",
        Town = "Leeds",
        Postcode = "ls6 2ab",
        Latitude = 53.812345,
        Longitude = -1.567891,
    };

    [Fact]
    public void A_listing_without_address_on_request_shows_its_venue_unchanged() =>
        Assert.Same(Venue, Venue.ForPublic(addressOnRequest: false));

    [Fact]
    public void Address_on_request_keeps_the_town_and_outward_postcode_only()
    {
        var shown = Venue.ForPublic(addressOnRequest: true);

        Assert.Equal(("", "", "Leeds", "LS6"), (shown.VenueName, shown.Address, shown.Town, shown.Postcode));
    }

    [Fact]
    public void Address_on_request_rounds_latitude_to_two_decimal_places()
    {
        Assert.Equal(53.81, Venue.ForPublic(addressOnRequest: true).Latitude);
    }

    [Theory]
    [InlineData(50.123456, -5.543210)]
    [InlineData(53.812345, -1.567891)]
    [InlineData(57.476543, -4.224321)]
    [InlineData(60.154321, -1.145678)]
    public void Address_on_request_moves_the_point_by_at_most_about_a_kilometre_across_Great_Britain(double latitude, double longitude)
    {
        var shown = new Place { Latitude = latitude, Longitude = longitude }.ForPublic(addressOnRequest: true);

        var moved = new GeoPoint(latitude, longitude).DistanceKmTo(new GeoPoint(shown.Latitude, shown.Longitude));
        Assert.InRange(moved, 0, 0.8);
    }

    [Fact]
    public void Nearby_venues_in_the_same_square_kilometre_share_one_public_point()
    {
        var a = new Place { Latitude = 53.8061, Longitude = -1.5720 }.ForPublic(addressOnRequest: true);
        var b = new Place { Latitude = 53.8139, Longitude = -1.5780 }.ForPublic(addressOnRequest: true);

        Assert.Equal((a.Latitude, a.Longitude), (b.Latitude, b.Longitude));
    }

    [Fact]
    public void A_postcode_that_does_not_parse_is_left_out_rather_than_shown_whole() =>
        Assert.Equal("", new Place { Postcode = "behind the library" }.ForPublic(addressOnRequest: true).Postcode);

    [Fact]
    public void With_address_on_request_the_centre_of_the_radius_served_is_on_the_venues_grid_and_otherwise_as_set()
    {
        var listing = new Listing
        {
            Name = "Quiet Women",
            Slug = "quiet-women",
            ShortCode = "qw",
            Summary = "A women's group.",
            Place = Venue,
            AddressOnRequest = true,
            Area = new AreaServed { Kind = AreaKind.Radius, Name = "Leeds", Latitude = Venue.Latitude, Longitude = Venue.Longitude, RadiusKm = 10 },
        };

        var shown = listing.PublicAreaOf()!;

        var grid = listing.PublicPlaceOf()!;
        Assert.Equal((AreaKind.Radius, "Leeds", (double?)grid.Latitude, (double?)grid.Longitude, (double?)10), (shown.Kind, shown.Name, shown.Latitude, shown.Longitude, shown.RadiusKm));
        Assert.NotEqual(Venue.Latitude, shown.Latitude);
        listing.AddressOnRequest = false;
        Assert.Same(listing.Area, listing.PublicAreaOf());
    }
}
