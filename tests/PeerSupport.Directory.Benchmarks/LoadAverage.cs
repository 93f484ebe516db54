namespace PeerSupport.Directory.Benchmarks;

/// <summary>The 1-minute load average: how much other work shares the cores while a figure is taken.</summary>
internal static class LoadAverage
{
    public static string Now() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
