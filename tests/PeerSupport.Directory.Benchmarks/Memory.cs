using System.Diagnostics;
using System.Globalization;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Working set and GC heap of a process. On Linux the peak working set (VmHWM) can be reset,
/// so each stage's peak is its own rather than the highest since the process began.
/// </summary>
internal readonly record struct MemorySnapshot(long WorkingSet, long PeakWorkingSet, long GcHeap)
{
    public static MemorySnapshot Of(Process process)
    {
        process.Refresh();
        var heap = process.Id == Environment.ProcessId ? GC.GetGCMemoryInfo().HeapSizeBytes : -1;
        return new MemorySnapshot(process.WorkingSet64, process.PeakWorkingSet64, heap);
    }

    public static MemorySnapshot Current()
    {
        using var self = Process.GetCurrentProcess();
        return Of(self);
    }

    /// <summary>Starts a new peak for this process (Linux: writes 5 to /proc/self/clear_refs). False where unsupported.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Mb(long bytes) => bytes < 0 ? "–" : (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
