using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// Reading a listing's area: its region polygon (NetTopologySuite) and its radius. Search tests
/// points with <see cref="Search.AreaShape"/>; the benchmark's brute force has its own plain test.
/// </summary>
public static class AreaShapes
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>A valid polygon or multipolygon from WKT (longitude latitude order), or null.</summary>
    public static Geometry? ReadPolygon(string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            return null;
        }
        try
        {
            var geometry = new WKTReader(Factory.GeometryServices).Read(wkt);
            return geometry is Polygon or MultiPolygon && geometry.IsValid ? geometry : null;
        }
        catch (ParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// A stored radius as search reads it: at most <see cref="ListingLimits.RadiusKm"/>, and
    /// nothing for a value that is not a number (an infinite radius once covered everywhere).
    /// </summary>
    public static double EffectiveRadiusKm(double km) => double.IsFinite(km) ? Math.Min(km, ListingLimits.RadiusKm) : 0;
}
