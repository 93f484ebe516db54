using Lucene.Net.Search;

namespace PeerSupport.Directory.Search;

/// <summary>A searcher held for one query: <c>using var lease = index.Acquire();</c> releases it.</summary>
public readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
