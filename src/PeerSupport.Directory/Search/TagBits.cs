using System.Numerics;

namespace PeerSupport.Directory.Search;

/// <summary>A set of up to 256 tags, by their index in <see cref="TagVocabulary"/>.</summary>
internal struct TagBits
{
    private ulong a, b, c, d;

    public void Set(int i)
    {
        switch (i >> 6)
        {
            case 0: a |= 1UL << i; break;
            case 1: b |= 1UL << (i & 63); break;
            case 2: c |= 1UL << (i & 63); break;
            case 3: d |= 1UL << (i & 63); break;
        }
    }

    /// <summary>Adds one to <paramref name="counts"/> at each index in the set.</summary>
    public readonly void AddTo(int[] counts)
    {
        AddWord(counts, a, 0);
        AddWord(counts, b, 64);
        AddWord(counts, c, 128);
        AddWord(counts, d, 192);
    }

    private static void AddWord(int[] counts, ulong bits, int from)
    {
        while (bits != 0)
        {
            var i = from + BitOperations.TrailingZeroCount(bits);
            if (i < counts.Length)
            {
                counts[i]++;
            }
            bits &= bits - 1;
        }
    }

    public readonly bool Has(int i) => i >= 0 && (i >> 6) switch
    {
        0 => (a & (1UL << i)) != 0,
        1 => (b & (1UL << (i & 63))) != 0,
        2 => (c & (1UL << (i & 63))) != 0,
        3 => (d & (1UL << (i & 63))) != 0,
        _ => false,
    };

    /// <summary>True when every tag in <paramref name="all"/> is in this set.</summary>
    public readonly bool HasAll(in TagBits all) =>
        (a & all.a) == all.a && (b & all.b) == all.b && (c & all.c) == all.c && (d & all.d) == all.d;

    /// <summary>True when any tag in <paramref name="any"/> is in this set.</summary>
    public readonly bool HasAny(in TagBits any) =>
        ((a & any.a) | (b & any.b) | (c & any.c) | (d & any.d)) != 0;

    /// <summary>How many tags of <paramref name="other"/> are in this set.</summary>
    public readonly int CountOf(in TagBits other) =>
        BitOperations.PopCount(a & other.a) + BitOperations.PopCount(b & other.b) + BitOperations.PopCount(c & other.c) + BitOperations.PopCount(d & other.d);

    /// <summary>The set of the known slugs among <paramref name="indexes"/> (unknown ones are -1).</summary>
    public static TagBits Of(IEnumerable<int> indexes)
    {
        var bits = new TagBits();
        foreach (var i in indexes)
        {
            bits.Set(i);
        }
        return bits;
    }
}
