namespace PeerSupport.Directory.Search;

/// <summary>
/// The working memory of one search, kept per thread and handed out again to the next search on
/// that thread. A location search at 100,000 listings needs a score and a distance slot per
/// document (1.2 MB): fresh arrays that size live on the large object heap and, at hundreds of
/// searches a second, drive full garbage collections. A search takes it with
/// <c>using var scratch = SearchScratch.Rent();</c>: the lease is a ref struct, which the
/// compiler does not let live across an <c>await</c>, so a search holding it never awaits and the
/// thread's scratch is its own from start to end. A search started inside another (the counts
/// for "what to relax") takes the thread's second one.
/// </summary>
internal sealed class SearchScratch
{
    /// <summary>Two per thread: a search, and the counts it may run inside it.</summary>
    [ThreadStatic]
    private static SearchScratch? spare, inner;

    private readonly List<ulong[]> words = [];
    private readonly List<double[]> doubles = [];
    private readonly List<float[]> floats = [];
    private readonly List<int[]> ints = [];
    private int nextWords, nextDoubles, nextFloats, nextInts;

    /// <summary>The thread's scratch until the lease is disposed.</summary>
    public static ScratchLease Rent() => new(Take());

    private static SearchScratch Take()
    {
        var scratch = spare ?? inner ?? new SearchScratch();
        if (scratch == spare)
        {
            spare = null;
        }
        else if (scratch == inner)
        {
            inner = null;
        }
        (scratch.nextWords, scratch.nextDoubles, scratch.nextFloats, scratch.nextInts) = (0, 0, 0, 0);
        return scratch;
    }

    /// <summary>Called by <see cref="ScratchLease.Dispose"/> only.</summary>
    internal static void Return(SearchScratch scratch)
    {
        if (spare is null)
        {
            spare = scratch;
        }
        else
        {
            inner ??= scratch;
        }
    }

    /// <summary>An empty set of <paramref name="maxDoc"/> documents.</summary>
    public DocBits Bits(int maxDoc)
    {
        var length = DocBits.WordsFor(maxDoc);
        var bits = new DocBits(Next(words, ref nextWords, length), length);
        bits.Clear();
        return bits;
    }

    /// <summary>A slot per document, not cleared: read only where a set says it was written.</summary>
    public double[] Doubles(int maxDoc) => Next(doubles, ref nextDoubles, maxDoc);

    /// <inheritdoc cref="Doubles"/>
    public float[] Floats(int maxDoc) => Next(floats, ref nextFloats, maxDoc);

    /// <inheritdoc cref="Doubles"/>
    public int[] Ints(int maxDoc) => Next(ints, ref nextInts, maxDoc);

    private static T[] Next<T>(List<T[]> pool, ref int next, int length)
    {
        if (next == pool.Count)
        {
            pool.Add([]);
        }
        if (pool[next].Length < length)
        {
            // Rounded up, so a growing index does not need new arrays after every few listings.
            pool[next] = new T[(length + 1023) & ~1023];
        }
        return pool[next++];
    }
}
