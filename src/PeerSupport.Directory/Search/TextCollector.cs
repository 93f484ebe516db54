using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>Marks the documents that match the text, and keeps their scores, segment by segment.</summary>
internal sealed class TextCollector(SegmentMatch[] segments) : ICollector
{
    private Scorer? scorer;
    private SegmentMatch segment = null!;

    /// <summary>
    /// In order: out of order, Lucene scores a query of alternatives with BooleanScorer, which
    /// builds a table of 2,048 bucket objects per segment for every search (a quarter of all
    /// the memory the results page allocated).
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => segment = segments[context.Ord];

    public void Collect(int doc)
    {
        segment.Candidates.Add(doc);
        segment.Scores![doc] = scorer!.GetScore();
    }
}
