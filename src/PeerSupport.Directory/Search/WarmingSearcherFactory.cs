using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>Warms <see cref="SegmentFactsCache"/> for each searcher <see cref="SearcherManager"/> opens.</summary>
internal sealed class WarmingSearcherFactory(SegmentFactsCache cache) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        cache.Warm(reader);
        return base.NewSearcher(reader);
    }
}
