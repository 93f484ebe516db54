using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>One listing that matched the text and place: where it stands for this search; its facts stay in <see cref="SegmentFacts"/>.</summary>
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

    /// <summary>Offered only online or by phone here (no in-person meeting within reach).</summary>
    public bool Remote;

    /// <summary>Bit per filter group this candidate fails (see <see cref="SearchFilters"/>).</summary>
    public int Failed;

    public readonly double? DistanceKm => SortDistance == double.MaxValue ? null : SortDistance;
    public readonly ref readonly TagBits Tags => ref Facts.Tags[Doc];
    public readonly long When => Facts.When[Doc];
    public readonly JoinBy Join => Facts.Join[Doc];
    public readonly Cost Cost => Facts.Cost[Doc];
    public readonly RunBy RunBy => Facts.RunBy[Doc];
    public readonly Accessibility Access => Facts.Access[Doc];
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
/// Candidates in a reused array: a location query at 100k listings collects about 42,000, every
/// time. Arrays that size live on the large object heap, where a fresh one per query would drive
/// full collections, so a few are kept here and handed out again (ArrayPool.Shared missed about
/// half the time under load). Searches run on the CPU, so a few per core is plenty.
/// </summary>
internal sealed class CandidateBuffer : IDisposable
{
    private static readonly int Keep = Environment.ProcessorCount * 2;
    private static readonly Stack<Candidate[]> Spare = new();
    private Candidate[] items;

    /// <summary>Sized once for every document the searcher holds, so it never grows mid-query.</summary>
    public CandidateBuffer(int capacity)
    {
        capacity = Math.Max(1024, capacity);
        lock (Spare)
        {
            items = Spare.Count > 0 ? Spare.Pop() : [];
        }
        if (items.Length < capacity)
        {
            // Rounded up, so a growing index does not need a new array after every few listings.
            items = new Candidate[(capacity + 4095) & ~4095];
        }
    }

    public int Count { get; private set; }

    public Span<Candidate> Span => items.AsSpan(0, Count);

    public void Add(in Candidate candidate)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }
        items[Count++] = candidate;
    }

    public void Dispose()
    {
        if (items.Length == 0)
        {
            return;
        }
        // Only the used part holds references to clear.
        Span.Clear();
        lock (Spare)
        {
            if (Spare.Count < Keep)
            {
                Spare.Push(items);
            }
        }
        items = [];
        Count = 0;
    }
}

/// <summary>
/// Decides for each matching document whether it is a candidate here and how it stands:
/// reach, distance, whether its area covers the place, the filter groups it fails, the
/// preferences it meets. Reads only <see cref="SegmentFacts"/> arrays. Lucene calls it for
/// a text query; with no text, <see cref="ListingSearch"/> walks the segments itself.
/// </summary>
internal sealed class CandidateCollector : ICollector
{
    private readonly SearchRequest request;
    private readonly SegmentFacts.Cache cache;
    private readonly SearchFilters filters;
    private readonly TagBits preferences;
    private readonly int inPerson, online, phone;
    private readonly bool hasNear;
    private readonly GeoPoint near;
    private readonly double minLat, maxLat, minLon, maxLon;
    private readonly DateTime localNow;

    /// <summary>
    /// Confirmed at or before this (ticks) means <see cref="FreshnessText.MayBeOutOfDate"/> (120 days,
    /// in whole ticks the same answer as its TotalDays), compared as integers once per candidate.
    /// </summary>
    private readonly long staleFrom;
    private readonly BytesRef scratch = new();
    private readonly Dictionary<object, bool> regionAnswers = [];
    private Scorer? scorer;
    private SegmentFacts facts = null!;
    private int leaf;
    private BinaryDocValues? schedules;

    public CandidateCollector(SearchRequest request, SegmentFacts.Cache cache, SearchFilters filters, TagBits preferences, int maxDoc)
    {
        Candidates = new CandidateBuffer(maxDoc);
        (this.request, this.cache, this.filters, this.preferences) = (request, cache, filters, preferences);
        var vocabulary = cache.Vocabulary;
        inPerson = vocabulary.IndexOf(ListingDocument.FormatTags[Formats.InPerson]);
        online = vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Online]);
        phone = vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Phone]);
        if (request.Near is { } point)
        {
            (hasNear, near) = (true, point);
            (minLat, maxLat, minLon, maxLon) = point.BoundingBox(request.RadiusKm);
        }
        localNow = TimeZoneInfo.ConvertTimeFromUtc(request.UtcNow, ScheduleText.London);
        staleFrom = request.UtcNow.Ticks - request.OverdueDays * TimeSpan.TicksPerDay;
    }

    public CandidateBuffer Candidates { get; }

    /// <summary>Candidates that pass every filter.</summary>
    public int ResultCount { get; private set; }

    /// <summary>The best text score among the results (for best match's relevance bands).</summary>
    public float MaxResultScore { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => SetNextSegment(context);

    public void SetNextSegment(AtomicReaderContext leaf)
    {
        facts = cache.For(leaf.AtomicReader);
        this.leaf = leaf.Ord;
        schedules = request.Sort == SortOrder.NextMeeting ? leaf.AtomicReader.GetBinaryDocValues(ListingDocument.SchedulesValue) : null;
    }

    public int MaxDoc => facts.MaxDoc;

    public void Collect(int doc) => Consider(doc, scorer?.GetScore() ?? 0);

    public void Consider(int doc, float score)
    {
        var f = facts;
        var (lat, lon) = (f.Latitude[doc], f.Longitude[doc]);
        if (hasNear && (f.Flags[doc] & SegmentFacts.Anywhere) == 0 && !(lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon))
        {
            // Neither near the place (its bounding box) nor offered anywhere: not a candidate.
            return;
        }
        var c = new Candidate { Facts = f, Leaf = leaf, Doc = doc, Id = f.Id[doc], Score = score, Reach = f.Reach[doc], SortDistance = double.MaxValue, NextStartTicks = long.MaxValue };
        ref readonly var tags = ref f.Tags[doc];
        if (c.Reach == Reach.Venue && hasNear && !double.IsNaN(lat))
        {
            var distance = near.DistanceKmTo(new GeoPoint(lat, lon));
            if (distance <= request.RadiusKm)
            {
                c.SortDistance = distance;
            }
            else
            {
                // Too far to meet in person: still an option if it serves an area that covers the
                // place, or also meets online or by phone.
                c.Reach = f.Area[doc] switch
                {
                    1 => Reach.National,
                    > 1 => Reach.CoversArea,
                    _ => Reach.OnlineOrPhone,
                };
            }
        }
        c.Remote = c.Reach == Reach.OnlineOrPhone || !tags.Has(inPerson);
        if (c.Reach == Reach.OnlineOrPhone && !tags.Has(online) && !tags.Has(phone))
        {
            return;
        }
        if (c.Reach == Reach.CoversArea && hasNear && f.Shapes[doc]?.Covers(near, regionAnswers) != true)
        {
            return;
        }
        if (schedules is not null)
        {
            schedules.Get(doc, scratch);
            var next = ScheduleText.NextLocalStart(ListingAttributes.DecodeSchedules(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)), localNow);
            c.NextStartTicks = next?.Ticks ?? long.MaxValue;
        }
        c.Met = tags.CountOf(preferences);
        var confirmed = f.Confirmed[doc];
        c.Stale = confirmed == 0 || confirmed <= staleFrom;
        c.Failed = filters.FailedGroups(c);
        if (c.Failed == 0)
        {
            ResultCount++;
            MaxResultScore = ResultCount == 1 ? score : Math.Max(MaxResultScore, score);
        }
        Candidates.Add(c);
    }
}
