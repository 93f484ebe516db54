using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

/// <summary>The area one listing serves: a circle, or a region polygon prepared for fast point tests.</summary>
internal sealed class AreaShape
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Region?> Regions = new();

    /// <summary>Prepared polygons kept at most (each at most ListingLimits.RegionPoints points): a few hundred council areas in real use.</summary>
    private const int MaxRegions = 2000;

    private readonly GeoPoint? centre;
    private readonly double? radiusKm;
    private readonly Region? region;
    private readonly bool isRegion;

    private AreaShape(GeoPoint? centre, double? radiusKm, Region? region, bool isRegion) =>
        (this.centre, this.radiusKm, this.region, this.isRegion) = (centre, radiusKm, region, isRegion);

    /// <summary>Equal for listings serving the same area: the region, or the circle's centre and radius.</summary>
    public object Key => isRegion ? (object?)region ?? "no region" : (centre, radiusKm);

    /// <summary>Kilometres per degree of latitude on <see cref="GeoPoint"/>'s sphere.</summary>
    private static readonly double KmPerDegree = GeoPoint.EarthRadiusKm * Math.PI / 180;

    /// <summary>As ListingSearch always read it: a stored WKT makes it a region, else a circle from the stored centre and radius.</summary>
    public static AreaShape Read(Lucene.Net.Documents.Document stored)
    {
        var wkt = stored.Get(ListingDocument.AreaWkt);
        if (wkt is not null)
        {
            if (Regions.Count >= MaxRegions && !Regions.ContainsKey(wkt))
            {
                // Every edit of a boundary adds a polygon; old ones are dropped together and the
                // ones still in use parse again as they are read.
                Regions.Clear();
            }
            return new AreaShape(null, null, Regions.GetOrAdd(wkt, Region.Parse), isRegion: true);
        }
        var (lat, lon) = (stored.GetField(ListingDocument.AreaLatitude)?.GetDoubleValue(), stored.GetField(ListingDocument.AreaLongitude)?.GetDoubleValue());
        return new AreaShape(lat is { } y && lon is { } x ? new GeoPoint(y, x) : null, stored.GetField(ListingDocument.AreaRadiusKm)?.GetDoubleValue(), null, isRegion: false);
    }

    /// <summary>
    /// Whether the area covers <paramref name="point"/>. Listings serving the same region share
    /// one polygon, so <paramref name="regionAnswers"/> (one per query, hence one point) keeps
    /// each polygon's answer: a point-in-polygon test costs microseconds, and hundreds share it.
    /// </summary>
    public bool Covers(GeoPoint point, Dictionary<object, bool> regionAnswers)
    {
        if (!isRegion)
        {
            // A great circle is never shorter than the gap in latitude, so a wider gap cannot be
            // covered; the margin keeps rounding from ever deciding a place right at the edge.
            return centre is { } c && radiusKm is { } km
                && Math.Abs(c.Latitude - point.Latitude) * KmPerDegree <= km * 1.000001 + 1e-9
                && c.DistanceKmTo(point) <= km;
        }
        if (region is null)
        {
            return false;
        }
        if (!regionAnswers.TryGetValue(region, out var covers))
        {
            regionAnswers[region] = covers = region.Covers(point);
        }
        return covers;
    }

    private sealed class Region(IPreparedGeometry shape, Envelope envelope)
    {
        public static Region? Parse(string wkt) =>
            AreaShapes.ReadPolygon(wkt) is { } geometry ? new Region(PreparedGeometryFactory.Prepare(geometry), geometry.EnvelopeInternal) : null;

        public bool Covers(GeoPoint point)
        {
            if (!envelope.Covers(point.Longitude, point.Latitude))
            {
                return false;
            }
            // Prepared polygons are thread-safe (their indexes are built once, under a lock).
            return shape.Covers(Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude)));
        }
    }
}
