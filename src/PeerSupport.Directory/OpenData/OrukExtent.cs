using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Simplify;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// The area a listing serves as a service area's <c>extent</c>, in GeoJSON (the first of the
/// standard's <c>extent_type</c>s, RFC 7946: longitude, latitude, WGS84), and another publisher's
/// extent read back as an area. NetTopologySuite's GeoJSON reader reads the geometry, so any
/// Polygon or MultiPolygon, bare or in a Feature or FeatureCollection, is understood.
/// A region is its polygon as a geometry. GeoJSON has no circle, so a radius is a Feature whose
/// geometry is the circle drawn as a 64-sided polygon (any map can show it) and whose properties
/// hold the exact centre and radius (<see cref="CentreLatitude"/>, <see cref="CentreLongitude"/>,
/// <see cref="RadiusKm"/>), which a reader here takes in preference to the polygon.
/// </summary>
public static class OrukExtent
{
    public const string GeoJson = "geojson";
    public const string CentreLatitude = "centre_latitude";
    public const string CentreLongitude = "centre_longitude";
    public const string RadiusKm = "radius_km";

    private const int CircleSides = 64;

    /// <summary>The most of an extent read: a county's boundary in fine detail is well under this.</summary>
    private const int MaxCharacters = 5_000_000;

    /// <summary>The most polygons (a FeatureCollection of districts) and corners joined into one area before it is simplified.</summary>
    private const int MaxShapes = 250;
    private const int MaxCorners = 200_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    /// <summary>The area as GeoJSON; null for a national area, whose words say it all (<see cref="OrukTerms.ServiceAreaWords"/>), or one with no shape.</summary>
    public static string? Write(AreaServed area)
    {
        switch (area.Kind)
        {
            case AreaKind.Region when AreaShapes.ReadPolygon(area.Wkt) is { } polygon:
                return JsonSerializer.Serialize(polygon, Json);
            case AreaKind.Radius when area is { Latitude: { } lat, Longitude: { } lon, RadiusKm: { } km } && double.IsFinite(km) && km > 0:
                var circle = JsonSerializer.Serialize<Geometry>(Circle(new GeoPoint(lat, lon), km), Json);
                return string.Create(CultureInfo.InvariantCulture,
                    $$$"""{"type":"Feature","geometry":{{{circle}}},"properties":{"{{{CentreLatitude}}}":{{{lat:R}}},"{{{CentreLongitude}}}":{{{lon:R}}},"{{{RadiusKm}}}":{{{km:R}}}}}""");
            default:
                return null;
        }
    }

    /// <summary>
    /// Another publisher's extent as a region or a radius named <paramref name="name"/>, or why it
    /// cannot be placed. A region with more corners than a listing may hold is simplified (keeping
    /// its shape's topology) until it fits, since council boundaries are drawn in fine detail.
    /// </summary>
    public static (AreaServed? Area, string? Problem) Read(string extent, string? extentType, string name)
    {
        if (extentType is { Length: > 0 } type && !string.Equals(type.Trim(), GeoJson, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"its extent is {type.Trim()}, and only GeoJSON extents can be read here");
        }
        if (extent.Length > MaxCharacters)
        {
            return (null, $"its extent is longer than {MaxCharacters:N0} characters");
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(extent);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "its extent is not GeoJSON (it cannot be read as JSON)");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "its extent is not a GeoJSON object");
        }
        if (RadiusOf(root, name) is { } radius)
        {
            return radius;
        }
        var (shapes, corners) = (new List<Geometry>(), 0);
        try
        {
            foreach (var shape in Shapes(root))
            {
                if (shape is not (Polygon or MultiPolygon) || shape.IsEmpty)
                {
                    return (null, "its extent is not a polygon (GeoJSON Polygon or MultiPolygon)");
                }
                shapes.Add(shape);
                corners += shape.NumPoints;
                if (shapes.Count > MaxShapes || corners > MaxCorners)
                {
                    return (null, $"its extent is too detailed to read (more than {MaxShapes} polygons or {MaxCorners:N0} corners)");
                }
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (null, "its extent is not a GeoJSON geometry that can be read");
        }
        if (shapes.Count == 0)
        {
            return (null, "its extent is not a polygon (GeoJSON Polygon or MultiPolygon)");
        }
        if (shapes.Any(g => !g.IsValid))
        {
            return (null, "its extent's polygon is not valid (its edges cross)");
        }
        var box = Factory.BuildGeometry(shapes).EnvelopeInternal;
        if (!new GeoPoint(box.MinY, box.MinX).IsInGreatBritain || !new GeoPoint(box.MaxY, box.MaxX).IsInGreatBritain)
        {
            return (null, "its extent is not within Great Britain (GeoJSON gives longitude, then latitude, in WGS84)");
        }
        Geometry geometry;
        try
        {
            // All at once (a cascaded union), not one polygon after another, which grows with the square of their number.
            geometry = UnaryUnionOp.Union(shapes);
        }
        catch (TopologyException)
        {
            return (null, "its extent's polygons cannot be joined (their edges cross)");
        }
        if (geometry is not (Polygon or MultiPolygon) || !geometry.IsValid)
        {
            return (null, "its extent's polygons cannot be joined into one area");
        }
        var wkt = Fitted(geometry);
        return wkt is null
            ? (null, $"its extent has too many corners to keep ({geometry.NumPoints}) even when simplified")
            : (new AreaServed { Kind = AreaKind.Region, Name = name, Wkt = wkt }, null);
    }

    /// <summary>
    /// The circle of our own radius extent, from its properties, or why its numbers are not one a
    /// listing can hold; null when the object is no such Feature.
    /// </summary>
    private static (AreaServed? Area, string? Problem)? RadiusOf(JsonElement root, string name)
    {
        if (OrukServiceReader.Text(root, "type") != "Feature" || !root.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !OrukServiceReader.Number(properties, CentreLatitude, out var lat) || !OrukServiceReader.Number(properties, CentreLongitude, out var lon) || !OrukServiceReader.Number(properties, RadiusKm, out var km))
        {
            return null;
        }
        if (!double.IsFinite(km) || km <= 0 || km > ListingLimits.RadiusKm)
        {
            return (null, $"its extent's radius_km must be more than 0 and at most {ListingLimits.RadiusKm:0}");
        }
        if (!double.IsFinite(lat) || !double.IsFinite(lon) || !new GeoPoint(lat, lon).IsInGreatBritain)
        {
            return (null, "its extent's centre is not in Great Britain");
        }
        return (new AreaServed { Kind = AreaKind.Radius, Name = name, Latitude = lat, Longitude = lon, RadiusKm = km }, null);
    }

    /// <summary>The polygons of a geometry, a Feature or every Feature of a FeatureCollection.</summary>
    private static IEnumerable<Geometry> Shapes(JsonElement root)
    {
        switch (OrukServiceReader.Text(root, "type"))
        {
            case "FeatureCollection":
                if (root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array)
                {
                    foreach (var feature in features.EnumerateArray())
                    {
                        foreach (var shape in Shapes(feature))
                        {
                            yield return shape;
                        }
                    }
                }
                break;
            case "Feature":
                if (root.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object)
                {
                    yield return geometry.Deserialize<Geometry>(Json) ?? throw new JsonException("no geometry");
                }
                break;
            default:
                yield return root.Deserialize<Geometry>(Json) ?? throw new JsonException("no geometry");
                break;
        }
    }

    /// <summary>The region as WKT within a listing's limits (<see cref="ListingLimits.RegionPoints"/>, <see cref="ListingLimits.RegionWkt"/>), simplified as little as it needs; null when it never fits.</summary>
    private static string? Fitted(Geometry geometry)
    {
        var writer = new WKTWriter();
        var shape = geometry;
        for (var tolerance = 0.0005; ; tolerance *= 2)
        {
            if (shape.NumPoints <= ListingLimits.RegionPoints && writer.Write(shape) is { } wkt && wkt.Length <= ListingLimits.RegionWkt && AreaShapes.ReadPolygon(wkt) is not null)
            {
                return wkt;
            }
            if (tolerance > 0.5)
            {
                return null;
            }
            shape = TopologyPreservingSimplifier.Simplify(geometry, tolerance);
        }
    }

    /// <summary>A circle on the sphere, as a closed ring of <see cref="CircleSides"/> sides (corners to about a metre).</summary>
    private static Polygon Circle(GeoPoint centre, double km)
    {
        var ring = new Coordinate[CircleSides + 1];
        for (var i = 0; i < CircleSides; i++)
        {
            var corner = centre.Towards(360.0 * i / CircleSides, km);
            ring[i] = new Coordinate(Math.Round(corner.Longitude, 5), Math.Round(corner.Latitude, 5));
        }
        ring[CircleSides] = ring[0];
        return Factory.CreatePolygon(ring);
    }
}
