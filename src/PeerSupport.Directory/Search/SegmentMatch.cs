using Lucene.Net.Index;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Search;

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
            if (request.Nation != Nations.All)
            {
                // "For anyone in Wales" is not offered to a person in Nottingham.
                place.AndNot(Facts.NotForNation[System.Numerics.BitOperations.TrailingZeroCount((int)request.Nation)]);
            }
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

    /// <summary>Keeps the results with a session in <paramref name="window"/>, reading each one's schedules.</summary>
    public void KeepSessionsIn(SessionWindow window)
    {
        var schedules = Leaf.AtomicReader.GetBinaryDocValues(ListingDocument.SchedulesValue);
        var bytes = new Lucene.Net.Util.BytesRef();
        foreach (var doc in Results)
        {
            schedules.Get(doc, bytes);
            if (!window.HeldByAny(ScheduleBytes.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))))
            {
                Results.Remove(doc);
            }
        }
    }

    /// <summary>How it relates to the place: a venue within the radius, else what it offers beyond it.</summary>
    public Reach ReachOf(int doc, bool hasNear) => !hasNear ? Facts.Reach[doc] : InRadius.Has(doc) ? Reach.Venue : Facts.Fallback[doc];
}
