using System.Collections.Concurrent;
using System.Diagnostics;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The stress run's log file, flushed line by line: an access violation ends the process without
/// running any handler, so whatever the run knew must already be on disk. Exceptions are tallied by
/// where they happened and their type; the first of each is written out with its stack.
/// </summary>
internal sealed class StressLog : IDisposable
{
    private readonly StreamWriter writer;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, int> failures = new();
    private readonly System.Threading.Lock gate = new();

    public StressLog(string path)
    {
        Path = path;
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Path { get; }

    public TimeSpan Elapsed => clock.Elapsed;

    public void Line(string text)
    {
        var line = $"[{Elapsed:hh\\:mm\\:ss}] {text}";
        lock (gate)
        {
            writer.WriteLine(line);
        }
        Console.WriteLine(line);
    }

    /// <summary>Counts an exception the run survived; the first of its kind at that place goes to the log in full.</summary>
    public void Failure(string where, Exception e)
    {
        var key = $"{where}: {e.GetType().FullName}";
        if (failures.AddOrUpdate(key, 1, (_, n) => n + 1) == 1)
        {
            Line($"first exception in {where}: {e}");
        }
    }

    /// <summary>A warning or error the product logged: written out and counted under "log".</summary>
    public void Logged(string text)
    {
        failures.AddOrUpdate($"log: {text.Split(':')[0]}", 1, (_, n) => n + 1);
        Line($"logged {text}");
    }

    public int FailureCount => failures.Values.Sum();

    public int FailuresAt(string where) => At(where).Sum(f => f.Value);

    /// <summary>"System.ObjectDisposedException × 3; ..." for one place, or "none".</summary>
    public string DescribeFailuresAt(string where) =>
        string.Join("; ", At(where).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key[(where.Length + 2)..]} × {f.Value:N0}").DefaultIfEmpty("none"));

    private IEnumerable<KeyValuePair<string, int>> At(string where) =>
        failures.Where(f => f.Key.StartsWith(where + ":", StringComparison.Ordinal));

    /// <summary>Writes a block (the summary, the crash record) to the file only; the console has it already.</summary>
    public void Block(string text)
    {
        lock (gate)
        {
            writer.WriteLine();
            writer.WriteLine(text);
        }
    }

    public void Dispose() => writer.Dispose();
}
