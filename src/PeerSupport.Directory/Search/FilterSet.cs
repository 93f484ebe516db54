namespace PeerSupport.Directory.Search;

/// <summary>
/// Values of the <see cref="FilterGroups"/>, one bit each: what a listing has, or what a search
/// chose. The layout is the table's (see <see cref="FilterGroups"/>).
/// </summary>
public readonly record struct FilterSet(long Bits)
{
    public static readonly FilterSet None = new(0);

    public bool IsEmpty => Bits == 0;

    /// <summary>How many values are in the set.</summary>
    public int Count => System.Numerics.BitOperations.PopCount((ulong)Bits);

    public bool Has(FilterValue value) => (Bits & value.Flag) != 0;

    /// <summary>True when any value of the group is in the set.</summary>
    public bool Uses(FilterGroup group) => (Bits & group.Mask) != 0;

    /// <summary>The set without any value of the group.</summary>
    public FilterSet Without(FilterGroup group) => new(Bits & ~group.Mask);

    /// <summary>The group's values in the set, in the group's display order.</summary>
    public IEnumerable<FilterValue> In(FilterGroup group)
    {
        var bits = Bits;
        return group.Values.Where(v => (bits & v.Flag) != 0);
    }

    public static FilterSet operator |(FilterSet a, FilterSet b) => new(a.Bits | b.Bits);
}
