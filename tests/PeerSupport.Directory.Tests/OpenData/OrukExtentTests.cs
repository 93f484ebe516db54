using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

public sealed class OrukExtentTests
{
    private const string GreaterManchester = "POLYGON((-2.73 53.52, -2.55 53.68, -2.25 53.69, -2 53.63, -1.91 53.5, -2.05 53.36, -2.35 53.33, -2.6 53.4, -2.73 53.52))";

    [Fact]
    public void A_region_leaves_as_a_geojson_polygon_and_comes_back_as_the_same_shape()
    {
        var extent = OrukExtent.Write(new AreaServed { Kind = AreaKind.Region, Name = "Greater Manchester", Wkt = GreaterManchester })!;

        Assert.Equal("Polygon", JsonDocument.Parse(extent).RootElement.GetProperty("type").GetString());
        var (area, problem) = OrukExtent.Read(extent, "geojson", "Greater Manchester");
        Assert.Null(problem);
        Assert.Equal((AreaKind.Region, "Greater Manchester"), (area!.Kind, area.Name));
        Assert.True(AreaShapes.ReadPolygon(area.Wkt)!.Normalized().EqualsExact(AreaShapes.ReadPolygon(GreaterManchester)!.Normalized()));
    }

    [Fact]
    public void A_radius_leaves_as_a_circle_any_map_can_draw_and_comes_back_exactly()
    {
        var centre = new GeoPoint(51.4552, -2.5966);
        var extent = OrukExtent.Write(new AreaServed { Kind = AreaKind.Radius, Name = "Bristol", Latitude = centre.Latitude, Longitude = centre.Longitude, RadiusKm = 60 })!;

        var geometry = JsonDocument.Parse(extent).RootElement.GetProperty("geometry");
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        var ring = geometry.GetProperty("coordinates")[0].EnumerateArray().Select(c => new GeoPoint(c[1].GetDouble(), c[0].GetDouble())).ToList();
        Assert.True(ring.Count > 32);
        Assert.All(ring, corner => Assert.InRange(corner.DistanceKmTo(centre), 59.9, 60.1));
        var (area, problem) = OrukExtent.Read(extent, "GeoJSON", "Bristol");
        Assert.Null(problem);
        Assert.Equal((AreaKind.Radius, "Bristol", (double?)51.4552, (double?)-2.5966, (double?)60), (area!.Kind, area.Name, area.Latitude, area.Longitude, area.RadiusKm));
    }

    [Fact]
    public void A_national_area_has_no_extent_because_its_words_say_it()
    {
        Assert.Null(OrukExtent.Write(new AreaServed { Kind = AreaKind.National, Name = "England" }));
    }

    [Fact]
    public void Another_publishers_boroughs_in_a_feature_collection_are_one_region()
    {
        const string extent = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Leeds"},"geometry":{"type":"Polygon","coordinates":[[[-1.8,53.7],[-1.3,53.7],[-1.3,53.95],[-1.8,53.95],[-1.8,53.7]]]}},
              {"type":"Feature","properties":{"name":"Wakefield"},"geometry":{"type":"MultiPolygon","coordinates":[[[[-1.6,53.55],[-1.2,53.55],[-1.2,53.69],[-1.6,53.69],[-1.6,53.55]]]]}}
            ]}
            """;

        var (area, problem) = OrukExtent.Read(extent, null, "Leeds and Wakefield");

        Assert.Null(problem);
        var shape = AreaShapes.ReadPolygon(area!.Wkt)!;
        Assert.True(shape.Covers(new Point(-1.5478, 53.7965)));
        Assert.True(shape.Covers(new Point(-1.4977, 53.6833)));
        Assert.False(shape.Covers(new Point(-2.2374, 53.4809)));
    }

    [Fact]
    public void A_finely_drawn_boundary_is_simplified_until_a_listing_can_hold_it()
    {
        var corners = Enumerable.Range(0, 5000).Select(i =>
        {
            var angle = 2 * Math.PI * i / 5000;
            var wobble = 0.2 + (0.01 * Math.Sin(angle * 200));
            return string.Create(CultureInfo.InvariantCulture, $"[{-1.55 + (wobble * Math.Cos(angle)):R},{53.8 + (wobble * Math.Sin(angle)):R}]");
        }).ToList();
        corners.Add(corners[0]);
        var extent = $$"""{"type":"Polygon","coordinates":[[{{string.Join(",", corners)}}]]}""";

        var (area, problem) = OrukExtent.Read(extent, "geojson", "Leeds");

        Assert.Null(problem);
        var shape = AreaShapes.ReadPolygon(area!.Wkt)!;
        Assert.InRange(shape.NumPoints, 4, ListingLimits.RegionPoints);
        Assert.InRange(area.Wkt!.Length, 1, ListingLimits.RegionWkt);
        Assert.True(shape.Covers(new Point(-1.55, 53.8)));
    }

    [Fact]
    public void A_collection_of_too_many_polygons_is_refused_without_joining_them()
    {
        var squares = Enumerable.Range(0, 300).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[{{{-2 + (i * 0.01)}}},53],[{{{-2 + (i * 0.01) + 0.005}}},53],[{{{-2 + (i * 0.01) + 0.005}}},53.005],[{{{-2 + (i * 0.01)}}},53.005],[{{{-2 + (i * 0.01)}}},53]]]}}"""));
        var extent = $$"""{"type":"FeatureCollection","features":[{{string.Join(",", squares)}}]}""";

        var (area, problem) = OrukExtent.Read(extent, "geojson", "Many squares");

        Assert.Null(area);
        Assert.Contains("too detailed", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<kml/>", "kml", "only GeoJSON")]
    [InlineData("not json", "geojson", "cannot be read as JSON")]
    [InlineData("""{"type":"Point","coordinates":[-1.55,53.8]}""", "geojson", "not a polygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[53.7,-1.8],[53.7,-1.3],[53.95,-1.3],[53.95,-1.8],[53.7,-1.8]]]}""", "geojson", "not within Great Britain")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.8,53.7],[-1.3,53.95],[-1.3,53.7],[-1.8,53.95],[-1.8,53.7]]]}""", "geojson", "not valid")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-20,40],[20,40],[20,70],[-20,70],[-20,40]]]}""", "geojson", "not within Great Britain")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[-2.6,51.45]},"properties":{"centre_latitude":51.45,"centre_longitude":-2.6,"radius_km":-5}}""", "geojson", "radius_km must be more than 0")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[-2.6,51.45]},"properties":{"centre_latitude":1e400,"centre_longitude":-2.6,"radius_km":5}}""", "geojson", "centre is not in Great Britain")]
    public void An_extent_that_cannot_be_placed_says_why(string extent, string type, string why)
    {
        var (area, problem) = OrukExtent.Read(extent, type, "Somewhere");

        Assert.Null(area);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }
}
