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
