using System.Numerics;

namespace PeerSupport.Directory.Search;

/// <summary>
/// A set of one segment's documents, one bit each, in 64-bit words. Filters, counts and the
/// place test work on whole words (a count is an AND and a population count per word), so a
/// query touches each word once per step instead of each document once per facet value.
/// Bits past the segment's last document are always clear.
/// </summary>
internal readonly struct DocBits(ulong[] words, int length)
{
    public Span<ulong> Words => words.AsSpan(0, length);

    public bool IsEmpty => words is null;

    public static int WordsFor(int maxDoc) => (maxDoc + 63) >> 6;

    public bool Has(int doc) => (words[doc >> 6] & (1UL << doc)) != 0;

    public void Add(int doc) => words[doc >> 6] |= 1UL << doc;

    public int Count()
    {
        var count = 0;
        foreach (var word in Words)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    /// <summary>How many documents are in both sets.</summary>
    public int CountAnd(ReadOnlySpan<ulong> other)
    {
        var mine = Words;
        var count = 0;
        for (var i = 0; i < mine.Length; i++)
        {
            count += BitOperations.PopCount(mine[i] & other[i]);
        }
        return count;
    }

    public void CopyFrom(ReadOnlySpan<ulong> other) => other[..length].CopyTo(Words);

    public void And(ReadOnlySpan<ulong> other)
    {
        var mine = Words;
        for (var i = 0; i < mine.Length; i++)
        {
            mine[i] &= other[i];
        }
    }

    public void AndNot(ReadOnlySpan<ulong> other)
    {
        var mine = Words;
        for (var i = 0; i < mine.Length; i++)
        {
            mine[i] &= ~other[i];
        }
    }

    public void Or(ReadOnlySpan<ulong> other)
    {
        var mine = Words;
        for (var i = 0; i < mine.Length; i++)
        {
            mine[i] |= other[i];
        }
    }

    public void Clear() => Words.Clear();

    /// <summary>The documents in the set, in order: <c>foreach (var doc in bits)</c>.</summary>
    public Enumerator GetEnumerator() => new(Words);

    public ref struct Enumerator(Span<ulong> words)
    {
        private readonly Span<ulong> words = words;
        private int word = -1;
        private ulong rest;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (rest == 0)
            {
                if (++word >= words.Length)
                {
                    return false;
                }
                rest = words[word];
            }
            Current = (word << 6) + BitOperations.TrailingZeroCount(rest);
            rest &= rest - 1;
            return true;
        }
    }
}

/// <summary>
/// The working memory of one search, kept per thread and handed out again to the next search on
/// that thread. A location search at 100,000 listings needs a score and a distance slot per
/// document (1.2 MB): fresh arrays that size live on the large object heap and, at hundreds of
/// searches a second, drive full garbage collections. A search never awaits, so its thread's
/// scratch is its own from start to end; a search started inside another (the counts for "what
/// to relax") takes the thread's second one.
/// </summary>
internal sealed class SearchScratch
{
    /// <summary>Two per thread: a search, and the counts it may run inside it.</summary>
    [ThreadStatic]
    private static SearchScratch? spare, inner;

    private readonly List<ulong[]> words = [];
    private readonly List<double[]> doubles = [];
    private readonly List<float[]> floats = [];
    private int nextWords, nextDoubles, nextFloats;

    public static SearchScratch Rent()
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
        (scratch.nextWords, scratch.nextDoubles, scratch.nextFloats) = (0, 0, 0);
        return scratch;
    }

    public static void Return(SearchScratch scratch)
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
