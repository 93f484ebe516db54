namespace PeerSupport.Directory.Geography;

/// <summary>A WGS84 point.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine); within 0.5% of the ellipsoid over Great Britain.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        // Squares by multiplication: Math.Pow is a library call, and a radius search runs this for every venue nearby.
        var (sinLat, sinLon) = (Math.Sin(dLat / 2), Math.Sin(dLon / 2));
        var a = (sinLat * sinLat) + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="km"/> away along a great circle, setting off at <paramref name="bearingDegrees"/> (0 north, 90 east).</summary>
    public GeoPoint Towards(double bearingDegrees, double km)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        static double Degrees(double radians) => radians * 180 / Math.PI;
        var (lat, lon, bearing, angle) = (Radians(Latitude), Radians(Longitude), Radians(bearingDegrees), km / EarthRadiusKm);
        var toLat = Math.Asin((Math.Sin(lat) * Math.Cos(angle)) + (Math.Cos(lat) * Math.Sin(angle) * Math.Cos(bearing)));
        var toLon = lon + Math.Atan2(Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(lat), Math.Cos(angle) - (Math.Sin(lat) * Math.Sin(toLat)));
        return new GeoPoint(Degrees(toLat), Degrees(toLon));
    }

    /// <summary>Latitude and longitude half-widths of a box that holds every point within <paramref name="km"/>.</summary>
    public (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double km)
    {
        var dLat = km / 111.2;
        var dLon = km / (111.2 * Math.Max(0.01, Math.Cos(Latitude * Math.PI / 180)));
        return (Latitude - dLat, Latitude + dLat, Longitude - dLon, Longitude + dLon);
    }

    /// <summary>True for points in or near Great Britain (its bounding box, with a margin).</summary>
    public bool IsInGreatBritain => Latitude is >= 49.8 and <= 60.95 && Longitude is >= -8.7 and <= 1.9;

    public static double Miles(double km) => km / 1.609344;
}
