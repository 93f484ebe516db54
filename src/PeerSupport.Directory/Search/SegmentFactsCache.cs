using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace PeerSupport.Directory.Search;

/// <summary>Facts by segment core: a segment's deletions change, its core never does, and the entry goes with the core.</summary>
internal sealed class SegmentFactsCache(TagVocabulary vocabulary)
{
    private readonly ConditionalWeakTable<object, SegmentFacts> bySegment = [];
    private readonly ConditionalWeakTable<AtomicReader, ulong[]> liveByReader = [];

    public TagVocabulary Vocabulary => vocabulary;

    public SegmentFacts For(AtomicReader reader) =>
        bySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacts(reader, vocabulary));

    /// <summary>
    /// The segment's live documents as words, or null when none is deleted. Kept per reader: a
    /// segment's reader is replaced whenever its deletions change, and the entry goes with it.
    /// </summary>
    public ulong[]? Live(AtomicReader reader)
    {
        if (reader.LiveDocs is not { } live)
        {
            return null;
        }
        return liveByReader.GetValue(reader, _ =>
        {
            var words = new ulong[DocBits.WordsFor(reader.MaxDoc)];
            var bits = new DocBits(words, words.Length);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live.Get(doc))
                {
                    bits.Add(doc);
                }
            }
            return words;
        });
    }

    /// <summary>Reads every segment's facts as a new searcher opens, so the first query after a refresh or merge pays nothing.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader);
        }
    }
}
