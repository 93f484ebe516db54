using System.Runtime.InteropServices;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID). Unlike elapsed time it leaves
/// out the time other processes hold the cores, so it stays comparable on a busy machine.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>This thread's CPU time so far, in milliseconds (NaN where not available).</summary>
    public static double Now() => Available && TryNow(out var ms) ? ms : double.NaN;

    private static bool TryNow(out double milliseconds)
    {
        try
        {
            var ok = ClockGetTime(ClockThreadCpuTime, out var time) == 0;
            milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
            return ok;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            milliseconds = double.NaN;
            return false;
        }
    }
}
