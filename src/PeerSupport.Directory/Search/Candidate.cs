using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

/// <summary>One result as it stands for this search, built only while ranking; its facts stay in <see cref="SegmentFacts"/>.</summary>
internal struct Candidate
{
    public SegmentFacts Facts;

    /// <summary>The searcher's leaf (segment reader) this came from, for reading its card.</summary>
    public int Leaf;
    public int Doc;
    public int Id;
    public float Score;
    public Reach Reach;

    /// <summary>The distance to a venue within the radius, else <see cref="double.MaxValue"/> (sorts last, as "no distance" always did).</summary>
    public double SortDistance;

    /// <summary>Next meeting's start (local ticks) for the next-meeting sort, else <see cref="long.MaxValue"/>.</summary>
    public long NextStartTicks;

    /// <summary>How many of the person's preferences it meets.</summary>
    public int Met;

    /// <summary>Not confirmed for so long that it may be out of date.</summary>
    public bool Stale;

    public readonly double? DistanceKm => SortDistance == double.MaxValue ? null : SortDistance;
    public readonly ref readonly TagBits Tags => ref Facts.Tags[Doc];
}

/// <summary>A set of up to 256 tags, by their index in <see cref="TagVocabulary"/>.</summary>
internal struct TagBits
{
    private ulong a, b, c, d;

    public void Set(int i)
    {
        switch (i >> 6)
        {
            case 0: a |= 1UL << i; break;
            case 1: b |= 1UL << (i & 63); break;
            case 2: c |= 1UL << (i & 63); break;
            case 3: d |= 1UL << (i & 63); break;
        }
    }

    /// <summary>Adds one to <paramref name="counts"/> at each index in the set.</summary>
    public readonly void AddTo(int[] counts)
    {
        AddWord(counts, a, 0);
        AddWord(counts, b, 64);
        AddWord(counts, c, 128);
        AddWord(counts, d, 192);
    }

    private static void AddWord(int[] counts, ulong bits, int from)
    {
        while (bits != 0)
        {
            var i = from + BitOperations.TrailingZeroCount(bits);
            if (i < counts.Length)
            {
                counts[i]++;
            }
            bits &= bits - 1;
        }
    }

    public readonly bool Has(int i) => i >= 0 && (i >> 6) switch
    {
        0 => (a & (1UL << i)) != 0,
        1 => (b & (1UL << (i & 63))) != 0,
        2 => (c & (1UL << (i & 63))) != 0,
        3 => (d & (1UL << (i & 63))) != 0,
        _ => false,
    };

    /// <summary>True when every tag in <paramref name="all"/> is in this set.</summary>
    public readonly bool HasAll(in TagBits all) =>
        (a & all.a) == all.a && (b & all.b) == all.b && (c & all.c) == all.c && (d & all.d) == all.d;

    /// <summary>True when any tag in <paramref name="any"/> is in this set.</summary>
    public readonly bool HasAny(in TagBits any) =>
        ((a & any.a) | (b & any.b) | (c & any.c) | (d & any.d)) != 0;

    /// <summary>How many tags of <paramref name="other"/> are in this set.</summary>
    public readonly int CountOf(in TagBits other) =>
        BitOperations.PopCount(a & other.a) + BitOperations.PopCount(b & other.b) + BitOperations.PopCount(c & other.c) + BitOperations.PopCount(d & other.d);

    /// <summary>The set of the known slugs among <paramref name="indexes"/> (unknown ones are -1).</summary>
    public static TagBits Of(IEnumerable<int> indexes)
    {
        var bits = new TagBits();
        foreach (var i in indexes)
        {
            bits.Set(i);
        }
        return bits;
    }
}

/// <summary>
/// Every tag slug the index has held, numbered for <see cref="TagBits"/> (up to 256; the
/// taxonomy has about 90). Shared by all segments of a <see cref="SearchIndex"/>, so a
/// segment's tags are numbered once, when its facts are read. New slugs are rare, so readers
/// see an immutable snapshot and a writer replaces it.
/// </summary>
internal sealed class TagVocabulary
{
    public const int Max = 256;
    private readonly System.Threading.Lock gate = new();
    private volatile Snapshot current = new(new Dictionary<string, int>(StringComparer.Ordinal), []);

    private sealed record Snapshot(Dictionary<string, int> Indexes, string[] Slugs);

    public IReadOnlyList<string> Slugs => current.Slugs;

    public int Count => current.Slugs.Length;

    public int IndexOf(string slug) => current.Indexes.GetValueOrDefault(slug, -1);

    /// <summary>Maps one segment's ordinals to vocabulary indexes, adding new slugs as they appear.</summary>
    public int[] MapSegment(SortedSetDocValues? values)
    {
        if (values is null)
        {
            return [];
        }
        var map = new int[values.ValueCount];
        var bytes = new BytesRef();
        lock (gate)
        {
            var snapshot = current;
            Dictionary<string, int>? added = null;
            for (var ord = 0; ord < map.Length; ord++)
            {
                values.LookupOrd(ord, bytes);
                var slug = bytes.Utf8ToString();
                var indexes = added ?? snapshot.Indexes;
                if (!indexes.TryGetValue(slug, out var index))
                {
                    index = indexes.Count < Max ? indexes.Count : -1;
                    if (index >= 0)
                    {
                        added ??= new Dictionary<string, int>(snapshot.Indexes, StringComparer.Ordinal);
                        added[slug] = index;
                    }
                }
                map[ord] = index;
            }
            if (added is not null)
            {
                current = new Snapshot(added, added.OrderBy(p => p.Value).Select(p => p.Key).ToArray());
            }
        }
        return map;
    }
}

/// <summary>
/// One segment's part of one search: the documents that matched the text and the place
/// (<see cref="Candidates"/>), which of them meet at a venue within the radius and how far
/// away, which are online or phone only here, each filter group's passing set, and the
/// <see cref="Results"/> that pass every filter. Built from <see cref="SegmentFacts"/> word by
/// word; only the place test looks at single documents, and only at venues in the radius's
/// band of latitude and at listings that serve an area.
/// </summary>
internal sealed class SegmentMatch(AtomicReaderContext leaf, SegmentFacts facts)
{
    public AtomicReaderContext Leaf { get; } = leaf;
    public SegmentFacts Facts { get; } = facts;

    /// <summary>Matched the text (all live documents without text), then narrowed to the place.</summary>
    public DocBits Candidates;

    /// <summary>Venues within the radius; empty without a place.</summary>
    public DocBits InRadius;

    /// <summary>Offered only online or by phone here: no in-person meeting within reach.</summary>
    public DocBits Remote;

    /// <summary>Passing each active filter group, by the group's bit position (see <see cref="SearchFilters"/>).</summary>
    public DocBits[] Passes = [];

    /// <summary>Candidates passing every filter.</summary>
    public DocBits Results;

    /// <summary>Kilometres to each venue in <see cref="InRadius"/>.</summary>
    public double[] Distances = [];

    /// <summary>Text scores of the documents that matched the text; null without text.</summary>
    public float[]? Scores;

    /// <summary>
    /// Keeps the candidates that are options at the request's place, as the place clause always
    /// read: a venue within the radius; a listing that serves an area covering the place; one
    /// that serves the whole country, or meets online or by phone (also a venue further away that does).
    /// </summary>
    public void MatchPlace(SearchRequest request, SearchScratch scratch, ulong[]? live, Dictionary<object, bool> regionAnswers)
    {
        var place = scratch.Bits(Facts.MaxDoc);
        Remote = scratch.Bits(Facts.MaxDoc);
        if (request.Near is not { } near)
        {
            place.CopyFrom(Facts.OfferedWithoutPlace);
            Remote.CopyFrom(Facts.Remote);
        }
        else
        {
            place.CopyFrom(Facts.OfferedAnywhere);
            InRadius = scratch.Bits(Facts.MaxDoc);
            Distances = scratch.Doubles(Facts.MaxDoc);
            var (minLat, maxLat, minLon, maxLon) = near.BoundingBox(request.RadiusKm);
            var (venues, latitudes, longitudes) = (Facts.VenueDocs, Facts.VenueLatitudes, Facts.VenueLongitudes);
            var band = Facts.VenuesBetween(minLat, maxLat);
            for (var i = band.Start.Value; i < band.End.Value; i++)
            {
                var lon = longitudes[i];
                if (lon >= minLon && lon <= maxLon)
                {
                    var doc = venues[i];
                    var distance = near.DistanceKmTo(new GeoPoint(latitudes[i], lon));
                    if (distance <= request.RadiusKm)
                    {
                        InRadius.Add(doc);
                        place.Add(doc);
                        Distances[doc] = distance;
                    }
                }
            }
            foreach (var (shape, docs) in Facts.Areas)
            {
                if (shape.Covers(near, regionAnswers))
                {
                    foreach (var doc in docs)
                    {
                        place.Add(doc);
                    }
                }
            }
            Remote.CopyFrom(Facts.FallbackRemote);
            Remote.AndNot(InRadius.Words);
        }
        Remote.Or(Facts.NotInPerson);
        if (Scores is not null)
        {
            Candidates.And(place.Words);
        }
        else
        {
            Candidates = place;
            if (live is not null)
            {
                Candidates.And(live);
            }
        }
    }

    /// <summary>How it relates to the place: a venue within the radius, else what it offers beyond it.</summary>
    public Reach ReachOf(int doc, bool hasNear) => !hasNear ? Facts.Reach[doc] : InRadius.Has(doc) ? Reach.Venue : Facts.Fallback[doc];
}

/// <summary>Marks the documents that match the text, and keeps their scores, segment by segment.</summary>
internal sealed class TextCollector(SegmentMatch[] segments) : ICollector
{
    private Scorer? scorer;
    private SegmentMatch segment = null!;

    /// <summary>
    /// In order: out of order, Lucene scores a query of alternatives with BooleanScorer, which
    /// builds a table of 2,048 bucket objects per segment for every search (a quarter of all
    /// the memory the results page allocated).
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => segment = segments[context.Ord];

    public void Collect(int doc)
    {
        segment.Candidates.Add(doc);
        segment.Scores![doc] = scorer!.GetScore();
    }
}
