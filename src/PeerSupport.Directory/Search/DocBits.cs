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

    /// <summary>Takes a document out; safe while enumerating the set (the enumerator holds its word).</summary>
    public void Remove(int doc) => words[doc >> 6] &= ~(1UL << doc);

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
