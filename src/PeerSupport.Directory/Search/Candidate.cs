using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>One listing that matched the text and place, with the facts the filters, counts and sorts need.</summary>
internal struct Candidate
{
    public int Doc;
    public int Id;
    public float Score;
    public Reach Reach;
    public double? DistanceKm;
    public TagBits Tags;
    public JoinBy Join;
    public Cost Cost;
    public RunBy RunBy;
    public Accessibility Access;
    public long When;
    public long ConfirmedTicks;
    public DateTime? NextStart;

    /// <summary>Offered only online or by phone here (no in-person meeting within reach).</summary>
    public bool Remote;

    /// <summary>Bit per filter group this candidate fails (see <see cref="SearchFilters"/>).</summary>
    public int Failed;
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
        Span<ulong> words = [a, b, c, d];
        for (var w = 0; w < 4; w++)
        {
            var bits = words[w];
            while (bits != 0)
            {
                var i = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (i < counts.Length)
                {
                    counts[i]++;
                }
                bits &= bits - 1;
            }
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
}

/// <summary>Every tag slug in the index, numbered for <see cref="TagBits"/> (up to 256; the taxonomy has about 90).</summary>
internal sealed class TagVocabulary
{
    public const int Max = 256;
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Slugs => [.. indexes.Keys];

    public int Count => indexes.Count;

    public int IndexOf(string slug) => indexes.GetValueOrDefault(slug, -1);

    /// <summary>Maps one segment's ordinals to vocabulary indexes, adding new slugs as they appear.</summary>
    public int[] MapSegment(SortedSetDocValues? values)
    {
        if (values is null)
        {
            return [];
        }
        var map = new int[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < map.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            var slug = bytes.Utf8ToString();
            if (!indexes.TryGetValue(slug, out var index))
            {
                index = indexes.Count < Max ? indexes.Count : -1;
                if (index >= 0)
                {
                    indexes[slug] = index;
                }
            }
            map[ord] = index;
        }
        return map;
    }
}

/// <summary>Reads each matching document's doc values into a <see cref="Candidate"/>; works out reach and distance.</summary>
internal sealed class CandidateCollector(SearchRequest request, TagVocabulary vocabulary) : ICollector
{
    public List<Candidate> Candidates { get; } = [];
    private Scorer? scorer;
    private int docBase;
    private NumericDocValues? id, reach, area, lat, lon, join, cost, runBy, access, when, confirmed;
    private SortedSetDocValues? tags;
    private BinaryDocValues? schedules;
    private int[] tagMap = [];
    private readonly BytesRef scratch = new();
    private readonly DateTime localNow = TimeZoneInfo.ConvertTimeFromUtc(request.UtcNow, ScheduleText.London);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        docBase = context.DocBase;
        id = reader.GetNumericDocValues(ListingDocument.IdValue);
        reach = reader.GetNumericDocValues(ListingDocument.ReachValue);
        area = reader.GetNumericDocValues(ListingDocument.AreaValue);
        lat = reader.GetNumericDocValues(ListingDocument.LatitudeValue);
        lon = reader.GetNumericDocValues(ListingDocument.LongitudeValue);
        join = reader.GetNumericDocValues(ListingDocument.JoinValue);
        cost = reader.GetNumericDocValues(ListingDocument.CostValue);
        runBy = reader.GetNumericDocValues(ListingDocument.RunByValue);
        access = reader.GetNumericDocValues(ListingDocument.AccessValue);
        when = reader.GetNumericDocValues(ListingDocument.WhenValue);
        confirmed = reader.GetNumericDocValues(ListingDocument.ConfirmedValue);
        tags = reader.GetSortedSetDocValues(ListingDocument.TagValues);
        schedules = request.Sort == SortOrder.NextMeeting ? reader.GetBinaryDocValues(ListingDocument.SchedulesValue) : null;
        tagMap = vocabulary.MapSegment(tags);
    }

    public void Collect(int doc)
    {
        var c = new Candidate
        {
            Doc = docBase + doc,
            Id = (int)(id?.Get(doc) ?? 0),
            Score = scorer?.GetScore() ?? 0,
            Reach = (Reach)(reach?.Get(doc) ?? (long)Reach.OnlineOrPhone),
            Join = (JoinBy)(join?.Get(doc) ?? 0),
            Cost = (Cost)(cost?.Get(doc) ?? 0),
            RunBy = (RunBy)(runBy?.Get(doc) ?? 0),
            Access = (Accessibility)(access?.Get(doc) ?? 0),
            When = when?.Get(doc) ?? 0,
            ConfirmedTicks = confirmed?.Get(doc) ?? 0,
        };
        if (tags is not null)
        {
            tags.SetDocument(doc);
            long ord;
            while ((ord = tags.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                var index = tagMap[ord];
                if (index >= 0)
                {
                    c.Tags.Set(index);
                }
            }
        }
        if (c.Reach == Reach.Venue && request.Near is { } near && lat is not null && lon is not null)
        {
            var point = new GeoPoint(BitConverter.Int64BitsToDouble(lat.Get(doc)), BitConverter.Int64BitsToDouble(lon.Get(doc)));
            var distance = near.DistanceKmTo(point);
            if (distance <= request.RadiusKm)
            {
                c.DistanceKm = distance;
            }
            else
            {
                // Too far to meet in person: still an option if it serves an area that covers the
                // place (checked after collection), or also meets online or by phone.
                c.Reach = (area?.Get(doc) ?? 0) switch
                {
                    1 => Reach.National,
                    > 1 => Reach.CoversArea,
                    _ => Reach.OnlineOrPhone,
                };
            }
        }
        c.Remote = c.Reach == Reach.OnlineOrPhone || !c.Tags.Has(vocabulary.IndexOf(ListingDocument.FormatTags[Formats.InPerson]));
        if (c.Reach == Reach.OnlineOrPhone && !HasRemoteFormat(c))
        {
            return;
        }
        if (schedules is not null)
        {
            schedules.Get(doc, scratch);
            c.NextStart = ScheduleText.NextLocalStart(ListingAttributes.DecodeSchedules(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)), localNow);
        }
        Candidates.Add(c);
    }

    private bool HasRemoteFormat(Candidate c) =>
        c.Tags.Has(vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Online]))
        || c.Tags.Has(vocabulary.IndexOf(ListingDocument.FormatTags[Formats.Phone]));
}
