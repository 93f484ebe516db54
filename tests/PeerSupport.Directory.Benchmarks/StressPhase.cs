using System.Diagnostics;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>Where a stress run is: which half, and whether a rebuild is under way (read by every searching thread).</summary>
internal sealed class StressPhase(TimeSpan length, bool rebuilds)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private volatile bool rebuilding;

    public TimeSpan Length => length;

    public TimeSpan Elapsed => clock.Elapsed;

    public bool SecondHalf => Elapsed >= length / 2;

    public bool Over => Elapsed >= length;

    public bool Rebuilding
    {
        get => rebuilding;
        set => rebuilding = value;
    }

    public StressMoment Now => rebuilding ? StressMoment.Rebuilding : SecondHalf ? StressMoment.EditsBetweenRebuilds : StressMoment.Edits;

    public string Name => !SecondHalf ? "edits" : rebuilds ? "edits + rebuilds" : "edits, second half";
}
