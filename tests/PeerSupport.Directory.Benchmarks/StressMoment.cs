namespace PeerSupport.Directory.Benchmarks;

/// <summary>When, in a stress run, a search ran: the searches' latencies are kept apart by it.</summary>
internal enum StressMoment
{
    /// <summary>First half: edits stream in, segments merge, commits run, the searcher reopens.</summary>
    Edits,

    /// <summary>Second half, between rebuilds.</summary>
    EditsBetweenRebuilds,

    /// <summary>Second half, while a full rebuild writes a new generation and swaps it in.</summary>
    Rebuilding,
}
