using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// One index segment's filterable facts, read once into plain arrays: doc values, tags as
/// <see cref="TagBits"/>, and the area each area-serving listing covers (prepared polygons,
/// radius circles). Segments never change once written, so the arrays are exact for the
/// segment's life; deletions are applied by the searcher's live docs, not here. No reader is
/// kept: a segment gets a new reader whenever its deletions change, so cards and schedules are
/// read through the searcher's current one.
/// </summary>
internal sealed class SegmentFacts
{
    /// <summary>Set when a listing is a candidate wherever the person is: it serves an area, the whole country, or meets online or by phone.</summary>
    public const byte Anywhere = 1;

    public readonly int MaxDoc;
    public readonly int[] Id;
    public readonly Reach[] Reach;
    public readonly byte[] Area;
    public readonly double[] Latitude;
    public readonly double[] Longitude;
    public readonly JoinBy[] Join;
    public readonly Cost[] Cost;
    public readonly RunBy[] RunBy;
    public readonly Accessibility[] Access;
    public readonly long[] When;
    public readonly long[] Confirmed;
    public readonly TagBits[] Tags;
    public readonly byte[] Flags;
    public readonly AreaShape?[] Shapes;

    private static readonly HashSet<string> AreaFields = [ListingDocument.AreaWkt, ListingDocument.AreaLatitude, ListingDocument.AreaLongitude, ListingDocument.AreaRadiusKm];

    private SegmentFacts(AtomicReader reader, TagVocabulary vocabulary)
    {
        MaxDoc = reader.MaxDoc;
        var n = MaxDoc;
        (Id, Reach, Area, Latitude, Longitude) = (new int[n], new Reach[n], new byte[n], new double[n], new double[n]);
        (Join, Cost, RunBy, Access) = (new JoinBy[n], new Cost[n], new RunBy[n], new Accessibility[n]);
        (When, Confirmed, Tags, Flags, Shapes) = (new long[n], new long[n], new TagBits[n], new byte[n], new AreaShape?[n]);

        var id = reader.GetNumericDocValues(ListingDocument.IdValue);
        var reach = reader.GetNumericDocValues(ListingDocument.ReachValue);
        var area = reader.GetNumericDocValues(ListingDocument.AreaValue);
        var lat = reader.GetNumericDocValues(ListingDocument.LatitudeValue);
        var lon = reader.GetNumericDocValues(ListingDocument.LongitudeValue);
        var join = reader.GetNumericDocValues(ListingDocument.JoinValue);
        var cost = reader.GetNumericDocValues(ListingDocument.CostValue);
        var runBy = reader.GetNumericDocValues(ListingDocument.RunByValue);
        var access = reader.GetNumericDocValues(ListingDocument.AccessValue);
        var when = reader.GetNumericDocValues(ListingDocument.WhenValue);
        var confirmed = reader.GetNumericDocValues(ListingDocument.ConfirmedValue);
        var tags = reader.GetSortedSetDocValues(ListingDocument.TagValues);
        var tagMap = vocabulary.MapSegment(tags);
        var (online, phone) = (vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Online]), vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Phone]));

        for (var doc = 0; doc < n; doc++)
        {
            Id[doc] = (int)(id?.Get(doc) ?? 0);
            Reach[doc] = (Reach)(reach?.Get(doc) ?? (long)Search.Reach.OnlineOrPhone);
            Area[doc] = (byte)(area?.Get(doc) ?? 0);
            // Only venues have a place (ListingDocument.ReachOf); others read 0 from doc values.
            var placed = Reach[doc] == Search.Reach.Venue && lat is not null;
            Latitude[doc] = placed ? BitConverter.Int64BitsToDouble(lat!.Get(doc)) : double.NaN;
            Longitude[doc] = placed ? BitConverter.Int64BitsToDouble(lon?.Get(doc) ?? 0) : double.NaN;
            Join[doc] = (JoinBy)(join?.Get(doc) ?? 0);
            Cost[doc] = (Cost)(cost?.Get(doc) ?? 0);
            RunBy[doc] = (RunBy)(runBy?.Get(doc) ?? 0);
            Access[doc] = (Accessibility)(access?.Get(doc) ?? 0);
            When[doc] = when?.Get(doc) ?? 0;
            Confirmed[doc] = confirmed?.Get(doc) ?? 0;
            if (tags is not null)
            {
                tags.SetDocument(doc);
                long ord;
                while ((ord = tags.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    if (tagMap[ord] is var index and >= 0)
                    {
                        Tags[doc].Set(index);
                    }
                }
            }
            // As the query's place clause did: area or national reach, any area served, or an online or phone format.
            var anywhere = Reach[doc] is Search.Reach.CoversArea or Search.Reach.National || Area[doc] > 0 || Tags[doc].Has(online) || Tags[doc].Has(phone);
            Flags[doc] = anywhere ? Anywhere : (byte)0;
            if (Area[doc] > 1 + (int)AreaKind.National)
            {
                Shapes[doc] = AreaShape.Read(reader.Document(doc, AreaFields));
            }
        }
    }

    /// <summary>Facts by segment core: a segment's deletions change, its core never does, and the entry goes with the core.</summary>
    internal sealed class Cache(TagVocabulary vocabulary)
    {
        private readonly ConditionalWeakTable<object, SegmentFacts> bySegment = [];

        public TagVocabulary Vocabulary => vocabulary;

        public SegmentFacts For(AtomicReader reader) =>
            bySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader, vocabulary));

        /// <summary>Reads every segment's facts as a new searcher opens, so the first query after a refresh or merge pays nothing.</summary>
        public void Warm(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                For(leaf.AtomicReader);
            }
        }
    }

    /// <summary>Warms <see cref="Cache"/> for each searcher <see cref="SearcherManager"/> opens.</summary>
    internal sealed class WarmingFactory(Cache cache) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            cache.Warm(reader);
            return base.NewSearcher(reader);
        }
    }
}

/// <summary>The area one listing serves: a circle, or a region polygon prepared for fast point tests.</summary>
internal sealed class AreaShape
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Region?> Regions = new();

    private readonly GeoPoint? centre;
    private readonly double? radiusKm;
    private readonly Region? region;
    private readonly bool isRegion;

    private AreaShape(GeoPoint? centre, double? radiusKm, Region? region, bool isRegion) =>
        (this.centre, this.radiusKm, this.region, this.isRegion) = (centre, radiusKm, region, isRegion);

    /// <summary>As ListingSearch always read it: a stored WKT makes it a region, else a circle from the stored centre and radius.</summary>
    public static AreaShape Read(Lucene.Net.Documents.Document stored)
    {
        var wkt = stored.Get(ListingDocument.AreaWkt);
        if (wkt is not null)
        {
            return new AreaShape(null, null, Regions.GetOrAdd(wkt, Region.Parse), isRegion: true);
        }
        var (lat, lon) = (stored.GetField(ListingDocument.AreaLatitude)?.GetDoubleValue(), stored.GetField(ListingDocument.AreaLongitude)?.GetDoubleValue());
        return new AreaShape(lat is { } y && lon is { } x ? new GeoPoint(y, x) : null, stored.GetField(ListingDocument.AreaRadiusKm)?.GetDoubleValue(), null, isRegion: false);
    }

    /// <summary>
    /// The same answer as <see cref="AreaShapes.Covers"/>. Listings serving the same region share
    /// one polygon, so <paramref name="regionAnswers"/> (one per query, hence one point) keeps
    /// each polygon's answer: a point-in-polygon test costs microseconds, and hundreds share it.
    /// </summary>
    public bool Covers(GeoPoint point, Dictionary<object, bool> regionAnswers)
    {
        if (!isRegion)
        {
            return centre is { } c && radiusKm is { } km && c.DistanceKmTo(point) <= km;
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
