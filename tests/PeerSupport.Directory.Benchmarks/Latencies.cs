using System.Diagnostics;
using System.Globalization;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>Latency samples in milliseconds, summarised by nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> samples = [];
    private double[]? sorted;

    public int Count => samples.Count;

    public void Add(double milliseconds)
    {
        samples.Add(milliseconds);
        sorted = null;
    }

    public void AddRange(Latencies other)
    {
        samples.AddRange(other.samples);
        sorted = null;
    }

    public double Percentile(double percent)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }
        sorted ??= [.. samples.Order()];
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double Mean => samples.Count == 0 ? double.NaN : samples.Average();

    public double Max => samples.Count == 0 ? double.NaN : samples.Max();

    /// <summary>Milliseconds since a <see cref="Stopwatch.GetTimestamp"/> value.</summary>
    public static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds)
        ? "–"
        : milliseconds.ToString(milliseconds < 10 ? "0.00" : milliseconds < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
}
