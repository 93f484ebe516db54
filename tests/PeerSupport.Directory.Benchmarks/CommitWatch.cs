using Lucene.Net.Index;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Counts the index's commits from outside (the one-second commit timer is <c>SearchIndex</c>'s
/// own): the live generation's newest <c>segments_N</c> file advances by one per commit.
/// </summary>
internal sealed class CommitWatch(string dataFolder)
{
    private string? generation;
    private long last = -1;

    public int Count { get; private set; }

    /// <summary>Looks again and returns the count so far.</summary>
    public int Observe()
    {
        var root = Path.Combine(dataFolder, "index");
        try
        {
            var current = File.ReadAllText(Path.Combine(root, "current")).Trim();
            var files = System.IO.Directory.GetFiles(Path.Combine(root, current)).Select(f => Path.GetFileName(f)).ToArray();
            var commit = SegmentInfos.GetLastCommitGeneration(files);
            if (current == generation && commit > last)
            {
                Count += (int)(commit - last);
            }
            (generation, last) = (current, commit);
        }
        catch (IOException)
        {
            // A rebuild swapping generations under the look (the folder gone, the file being replaced); the next look counts it.
        }
        return Count;
    }
}
