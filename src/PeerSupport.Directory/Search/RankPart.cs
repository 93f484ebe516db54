namespace PeerSupport.Directory.Search;

/// <summary>One step of a result order (<see cref="Ranking"/>); each reads as "smaller first".</summary>
internal enum RankPart
{
    /// <summary>More of the person's preferences met first.</summary>
    PreferencesMet,

    /// <summary>Confirmed recently before "may be out of date".</summary>
    Fresh,

    /// <summary>With a place: meets nearby or covers the area before national, online and phone support.</summary>
    Local,

    /// <summary>With text: relevance in three bands (so near-equal scores do not scramble distance), best first.</summary>
    RelevanceBand,

    /// <summary>With a place: venue, then area, then national, then online or phone (<see cref="Search.Reach"/> order).</summary>
    Reach,

    /// <summary>With a place: nearest venue first; results without a distance last.</summary>
    Distance,

    /// <summary>With text: the exact text score, highest first.</summary>
    Score,

    /// <summary>The next meeting, soonest first; none last.</summary>
    NextMeeting,
}
