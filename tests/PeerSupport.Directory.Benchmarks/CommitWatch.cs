using Lucene.Net.Index;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Counts the index's commits from outside (the one-second commit timer is <c>SearchIndex</c>'s
/// own): the live generation's newest <c>segments_N</c> file advances by one per commit. Commits
/// an old generation made between the last look and a swap are not seen.
/// </summary>
internal sealed class CommitWatch(string dataFolder)
{
    private string? generation;
    private long last = -1;

    public int Count { get; private set; }

    /// <summary>The newest commit's file name, for the log: the same name for long means commits are held up.</summary>
    public string Newest => last < 0 ? "none" : IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", last);

    /// <summary>Looks again and returns the count so far.</summary>
    public int Observe()
    {
        var root = Path.Combine(dataFolder, "index");
        try
        {
            var current = File.ReadAllText(Path.Combine(root, "current")).Trim();
            var files = System.IO.Directory.GetFiles(Path.Combine(root, current)).Select(f => Path.GetFileName(f)).ToArray();
            var commit = SegmentInfos.GetLastCommitGeneration(files);
            // A rebuild's generation starts again from segments_1, its own first commit.
            Count += (int)(current == generation ? Math.Max(0, commit - last) : generation is null ? 0 : commit);
            (generation, last) = (current, commit);
        }
        catch (IOException)
        {
            // A rebuild swapping generations under the look (the folder gone, the file being replaced); the next look counts it.
        }
        return Count;
    }
}
