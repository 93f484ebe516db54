namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The data folder a run works in (SQLite database and Lucene index): <c>--data</c>, or a new
/// folder under the temp directory. With <c>--reuse-data</c> a folder already holding a
/// database is used as it is; otherwise the folder must be empty.
/// </summary>
internal sealed record RunFolder(string Path, bool Reuse, bool Chosen)
{
    /// <exception cref="ArgumentException">The folder holds something and cannot be reused.</exception>
    public static RunFolder For(BenchmarkOptions options, string kind = "run")
    {
        var path = options.DataFolder ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "psd-benchmarks", $"{kind}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        var reuse = options.ReuseData && File.Exists(System.IO.Path.Combine(path, "directory.db"));
        if (!reuse && System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFileSystemEntries(path).Any())
        {
            throw new ArgumentException($"{path} is not empty; the benchmark needs a fresh data folder (or --reuse-data).");
        }
        System.IO.Directory.CreateDirectory(path);
        return new RunFolder(path, reuse, Chosen: options.DataFolder is null);
    }
}
