using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Geography;

public class GeographyTests
{
    private static readonly GeoPoint Leeds = new(Build.Leeds.Lat, Build.Leeds.Lon);
    private static readonly GeoPoint Manchester = new(Build.Manchester.Lat, Build.Manchester.Lon);

    [Fact]
    public void Distance_between_Leeds_and_Manchester_is_about_58_km() =>
        Assert.InRange(Leeds.DistanceKmTo(Manchester), 56, 60);

    [Fact]
    public void A_bounding_box_holds_every_point_within_the_radius()
    {
        var (minLat, maxLat, minLon, maxLon) = Leeds.BoundingBox(60);
        Assert.InRange(Manchester.Latitude, minLat, maxLat);
        Assert.InRange(Manchester.Longitude, minLon, maxLon);
    }

    /// <summary>An area as search reads it: from the listing's index document, through the shape the search tests each point with.</summary>
    private static bool SearchCovers(AreaServed area, GeoPoint point) =>
        AreaShape.Read(ListingDocument.From(new Listing { Name = "Area", Slug = "area", ShortCode = "area", Summary = "An area", Area = area })).Covers(point, []);

    [Fact]
    public void A_region_polygon_covers_points_inside_it_only()
    {
        var yorkshire = new AreaServed { Kind = AreaKind.Region, Wkt = "POLYGON((-2.0 53.5, -1.0 53.5, -1.0 54.0, -2.0 54.0, -2.0 53.5))" };
        Assert.True(SearchCovers(yorkshire, Leeds));
        Assert.False(SearchCovers(yorkshire, Manchester));
    }

    [Fact]
    public void A_radius_area_covers_points_within_its_radius()
    {
        var area = new AreaServed { Kind = AreaKind.Radius, Latitude = Leeds.Latitude, Longitude = Leeds.Longitude, RadiusKm = 30 };
        Assert.True(SearchCovers(area, new GeoPoint(Build.Wakefield.Lat, Build.Wakefield.Lon)));
        Assert.False(SearchCovers(area, Manchester));
    }

    [Fact]
    public void An_infinite_radius_does_not_cover_everywhere()
    {
        var area = new AreaServed { Kind = AreaKind.Radius, Latitude = Leeds.Latitude, Longitude = Leeds.Longitude, RadiusKm = double.PositiveInfinity };
        Assert.False(SearchCovers(area, new GeoPoint(Build.Wakefield.Lat, Build.Wakefield.Lon)));
        Assert.False(SearchCovers(area, Manchester));
    }

    [Fact]
    public void Invalid_region_text_is_not_a_polygon()
    {
        Assert.Null(AreaShapes.ReadPolygon("POLYGON((0 0, 1 1"));
        Assert.Null(AreaShapes.ReadPolygon("POINT(1 1)"));
    }
}
