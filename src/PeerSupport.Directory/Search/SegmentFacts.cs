using System.Numerics;
using Lucene.Net.Index;
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

    /// <summary>The documents with each value of the <see cref="FilterGroups"/>, by the value's bit (<see cref="FilterValue.Bit"/>).</summary>
    public readonly ulong[][] FilterDocs;

    /// <summary>Each document's values of the <see cref="FilterGroups"/>, for counting the ones a search prefers.</summary>
    public readonly long[] FilterBits;

    /// <summary>National listings for some nations only, by the bit of each other nation (England = 0): left out for a person there.</summary>
    public readonly ulong[][] NotForNation;

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

    internal SegmentFacts(AtomicReader reader, TagVocabulary vocabulary)
    {
        MaxDoc = reader.MaxDoc;
        var n = MaxDoc;
        var words = DocBits.WordsFor(n);
        ulong[][] Columns(int count) => Enumerable.Range(0, count).Select(_ => new ulong[words]).ToArray();
        (Id, Reach, Fallback, Latitude, Longitude) = (new int[n], new Reach[n], new Reach[n], new double[n], new double[n]);
        (Confirmed, Tags, Shapes) = (new long[n], new TagBits[n], new AreaShape?[n]);
        FilterDocs = Columns(FilterGroups.Width);
        NotForNation = Columns(4);
        FilterBits = new long[n];
        (OfferedWithoutPlace, OfferedAnywhere, NotInPerson, Remote, FallbackRemote) = (new ulong[words], new ulong[words], new ulong[words], new ulong[words], new ulong[words]);
        var (areaDocs, venues) = (new Dictionary<object, (AreaShape Shape, List<int> Docs)>(), new List<int>());

        var id = reader.GetNumericDocValues(ListingDocument.IdValue);
        var reach = reader.GetNumericDocValues(ListingDocument.ReachValue);
        var area = reader.GetNumericDocValues(ListingDocument.AreaValue);
        var lat = reader.GetNumericDocValues(ListingDocument.LatitudeValue);
        var lon = reader.GetNumericDocValues(ListingDocument.LongitudeValue);
        var filters = reader.GetNumericDocValues(ListingDocument.FilterValue);
        var nations = reader.GetNumericDocValues(ListingDocument.NationsValue);
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
            FilterBits[doc] = filters?.Get(doc) ?? 0;
            if ((nations?.Get(doc) ?? 0) is var forNations and not 0)
            {
                AddBits(NotForNation, (ulong)~forNations & 0xF, word, bit);
            }
            AddBits(FilterDocs, (ulong)FilterBits[doc], word, bit);
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

    /// <summary>Adds the document to the column of each set bit (bit 0 to columns[0]); bits beyond the columns are ignored.</summary>
    private static void AddBits(ulong[][] columns, ulong values, int word, ulong bit)
    {
        values &= columns.Length >= 64 ? ulong.MaxValue : (1UL << columns.Length) - 1;
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
}
