using System.Numerics;
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
    public readonly int MaxDoc;
    public readonly int[] Id;

    /// <summary>How it relates to any place, from the listing (a venue, an area, the country, online or phone).</summary>
    public readonly Reach[] Reach;

    /// <summary>How it relates to a place beyond the radius of its venue: the area it serves, else online or phone.</summary>
    public readonly Reach[] Fallback;
    public readonly double[] Latitude;
    public readonly double[] Longitude;
    public readonly long[] Confirmed;
    public readonly TagBits[] Tags;
    public readonly AreaShape?[] Shapes;

    /// <summary>The documents with each tag, by <see cref="TagVocabulary"/> index; null where none has it.</summary>
    public readonly ulong[]?[] TagDocs = new ulong[]?[TagVocabulary.Max];

    /// <summary>The documents meeting on each day (by <see cref="DayOfWeek"/>), at each time of day, joined, paid for and run each way, and with each access feature (by bit).</summary>
    public readonly ulong[][] DayDocs, TimeDocs, JoinDocs, CostDocs, RunByDocs, AccessDocs;

    /// <summary>Candidates for a search without a place: all but online-or-phone listings that offer neither.</summary>
    public readonly ulong[] OfferedWithoutPlace;

    /// <summary>Candidates wherever the person is: national, or online or by phone.</summary>
    public readonly ulong[] OfferedAnywhere;

    /// <summary>Listings that do not meet in person.</summary>
    public readonly ulong[] NotInPerson;

    /// <summary>Online or phone only (<see cref="Reach"/>), and online or phone beyond a venue's radius (<see cref="Fallback"/>).</summary>
    public readonly ulong[] Remote, FallbackRemote;

    /// <summary>
    /// Listings that serve an area short of the country, grouped by the area they share (a
    /// region, or the same circle): candidates where it covers the place, tested once per area.
    /// </summary>
    public readonly (AreaShape Shape, int[] Docs)[] Areas;

    /// <summary>Venues in order of latitude, with their latitudes and longitudes side by side, so a radius search reads only its band, in order.</summary>
    public readonly int[] VenueDocs;
    public readonly double[] VenueLatitudes, VenueLongitudes;

    private static readonly HashSet<string> AreaFields = [ListingDocument.AreaWkt, ListingDocument.AreaLatitude, ListingDocument.AreaLongitude, ListingDocument.AreaRadiusKm];

    private SegmentFacts(AtomicReader reader, TagVocabulary vocabulary)
    {
        MaxDoc = reader.MaxDoc;
        var n = MaxDoc;
        var words = DocBits.WordsFor(n);
        ulong[][] Columns(int count) => Enumerable.Range(0, count).Select(_ => new ulong[words]).ToArray();
        (Id, Reach, Fallback, Latitude, Longitude) = (new int[n], new Reach[n], new Reach[n], new double[n], new double[n]);
        (Confirmed, Tags, Shapes) = (new long[n], new TagBits[n], new AreaShape?[n]);
        (DayDocs, TimeDocs, AccessDocs) = (Columns(7), Columns(4), Columns(8));
        (JoinDocs, CostDocs, RunByDocs) = (Columns(Enum.GetValues<JoinBy>().Length), Columns(Enum.GetValues<Cost>().Length), Columns(Enum.GetValues<RunBy>().Length));
        (OfferedWithoutPlace, OfferedAnywhere, NotInPerson, Remote, FallbackRemote) = (new ulong[words], new ulong[words], new ulong[words], new ulong[words], new ulong[words]);
        var (areaDocs, venues) = (new Dictionary<object, (AreaShape Shape, List<int> Docs)>(), new List<int>());

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
        var inPerson = vocabulary.IndexOf(ListingDocument.FormatTags[Formats.InPerson]);
        var (online, phone) = (vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Online]), vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Phone]));

        for (var doc = 0; doc < n; doc++)
        {
            var (word, bit) = (doc >> 6, 1UL << doc);
            Id[doc] = (int)(id?.Get(doc) ?? 0);
            Reach[doc] = (Reach)(reach?.Get(doc) ?? (long)Search.Reach.OnlineOrPhone);
            var areaValue = (int)(area?.Get(doc) ?? 0);
            // Beyond its radius a venue is still an option if it serves an area that covers the place, or meets online or by phone.
            Fallback[doc] = Reach[doc] != Search.Reach.Venue ? Reach[doc] : areaValue switch
            {
                1 => Search.Reach.National,
                > 1 => Search.Reach.CoversArea,
                _ => Search.Reach.OnlineOrPhone,
            };
            // Only venues have a place (ListingDocument.ReachOf); others read 0 from doc values.
            var placed = Reach[doc] == Search.Reach.Venue && lat is not null;
            Latitude[doc] = placed ? BitConverter.Int64BitsToDouble(lat!.Get(doc)) : double.NaN;
            Longitude[doc] = placed ? BitConverter.Int64BitsToDouble(lon?.Get(doc) ?? 0) : double.NaN;
            if (placed && !double.IsNaN(Latitude[doc]))
            {
                venues.Add(doc);
            }
            JoinDocs[(int)(join?.Get(doc) ?? 0)][word] |= bit;
            CostDocs[(int)(cost?.Get(doc) ?? 0)][word] |= bit;
            RunByDocs[(int)(runBy?.Get(doc) ?? 0)][word] |= bit;
            AddBits(AccessDocs, (ulong)(access?.Get(doc) ?? 0) & 0xFF, word, bit);
            var whenBits = (ulong)(when?.Get(doc) ?? 0);
            AddBits(DayDocs, whenBits & 0x7F, word, bit);
            AddBits(TimeDocs, (whenBits >> 7) & 0xF, word, bit);
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
                        (TagDocs[index] ??= new ulong[words])[word] |= bit;
                    }
                }
            }
            var remoteFormat = Tags[doc].Has(online) || Tags[doc].Has(phone);
            if (Reach[doc] != Search.Reach.OnlineOrPhone || remoteFormat)
            {
                OfferedWithoutPlace[word] |= bit;
            }
            if (Fallback[doc] == Search.Reach.National || (Fallback[doc] == Search.Reach.OnlineOrPhone && remoteFormat))
            {
                OfferedAnywhere[word] |= bit;
            }
            if (!Tags[doc].Has(inPerson))
            {
                NotInPerson[word] |= bit;
            }
            if (Reach[doc] == Search.Reach.OnlineOrPhone)
            {
                Remote[word] |= bit;
            }
            if (Fallback[doc] == Search.Reach.OnlineOrPhone)
            {
                FallbackRemote[word] |= bit;
            }
            if (areaValue > 1 + (int)AreaKind.National)
            {
                Shapes[doc] = AreaShape.Read(reader.Document(doc, AreaFields));
            }
            if (Fallback[doc] == Search.Reach.CoversArea && Shapes[doc] is { } shape)
            {
                if (!areaDocs.TryGetValue(shape.Key, out var group))
                {
                    areaDocs[shape.Key] = group = (shape, []);
                }
                group.Docs.Add(doc);
            }
        }
        Areas = areaDocs.Values.Select(a => (a.Shape, a.Docs.ToArray())).ToArray();
        VenueDocs = [.. venues.OrderBy(doc => Latitude[doc])];
        VenueLatitudes = VenueDocs.Select(doc => Latitude[doc]).ToArray();
        VenueLongitudes = VenueDocs.Select(doc => Longitude[doc]).ToArray();
    }

    /// <summary>Adds the document to the column of each set bit (bit 0 to columns[0]).</summary>
    private static void AddBits(ulong[][] columns, ulong values, int word, ulong bit)
    {
        while (values != 0)
        {
            columns[BitOperations.TrailingZeroCount(values)][word] |= bit;
            values &= values - 1;
        }
    }

    /// <summary>The venues whose latitude lies within [<paramref name="min"/>, <paramref name="max"/>], as a range of <see cref="VenueDocs"/>.</summary>
    public Range VenuesBetween(double min, double max) => First(min, orAbove: false)..First(max, orAbove: true);

    /// <summary>The first venue whose latitude is at least <paramref name="latitude"/> (or above it), by binary search.</summary>
    private int First(double latitude, bool orAbove)
    {
        var (lo, hi) = (0, VenueLatitudes.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var before = orAbove ? VenueLatitudes[mid] <= latitude : VenueLatitudes[mid] < latitude;
            (lo, hi) = before ? (mid + 1, hi) : (lo, mid);
        }
        return lo;
    }

    /// <summary>Facts by segment core: a segment's deletions change, its core never does, and the entry goes with the core.</summary>
    internal sealed class Cache(TagVocabulary vocabulary)
    {
        private readonly ConditionalWeakTable<object, SegmentFacts> bySegment = [];
        private readonly ConditionalWeakTable<AtomicReader, ulong[]> liveByReader = [];

        public TagVocabulary Vocabulary => vocabulary;

        public SegmentFacts For(AtomicReader reader) =>
            bySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader, vocabulary));

        /// <summary>
        /// The segment's live documents as words, or null when none is deleted. Kept per reader: a
        /// segment's reader is replaced whenever its deletions change, and the entry goes with it.
        /// </summary>
        public ulong[]? Live(AtomicReader reader)
        {
            if (reader.LiveDocs is not { } live)
            {
                return null;
            }
            return liveByReader.GetValue(reader, _ =>
            {
                var words = new ulong[DocBits.WordsFor(reader.MaxDoc)];
                var bits = new DocBits(words, words.Length);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live.Get(doc))
                    {
                        bits.Add(doc);
                    }
                }
                return words;
            });
        }

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
