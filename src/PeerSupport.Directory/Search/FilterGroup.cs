namespace PeerSupport.Directory.Search;

/// <summary>
/// One group of filter values a listing has a closed set of (the days it meets, how to join,
/// access features...), as one row of <see cref="FilterGroups"/>: its name in the URL and in
/// the facet counts, the words the refine panel shows, and where its values sit in a
/// <see cref="FilterSet"/>. Everything that reads a filter reads it from here.
/// </summary>
public sealed class FilterGroup
{
    internal FilterGroup(string name, string legend, string relaxWords, FilterMode mode, int shift, Type valueType, IReadOnlyList<FilterValue> values)
    {
        (Name, Legend, RelaxWords, Mode, Shift, ValueType, Values) = (name, legend, relaxWords, mode, shift, valueType, values);
        Mask = ((1L << Width) - 1) << shift;
    }

    /// <summary>The query-string key and the facet name ("day", "join").</summary>
    public string Name { get; }

    /// <summary>The refine panel's question ("Which days?").</summary>
    public string Legend { get; }

    /// <summary>The filter as a "Remove the filter on …" link names it ("how to join").</summary>
    public string RelaxWords { get; }

    /// <summary>Any of the chosen values passes (days), or all must be met (access needs).</summary>
    public FilterMode Mode { get; }

    /// <summary>The first bit of this group's values in a <see cref="FilterSet"/>.</summary>
    public int Shift { get; }

    /// <summary>The enum whose names are the values' keys.</summary>
    public Type ValueType { get; }

    /// <summary>The values in the order the refine panel shows them (not necessarily bit order).</summary>
    public IReadOnlyList<FilterValue> Values { get; }

    /// <summary>How many bits the group takes: one per value.</summary>
    public int Width => Values.Count;

    /// <summary>The group's bits in a <see cref="FilterSet"/>.</summary>
    public long Mask { get; }

    /// <summary>The value with this key (an enum name, any case), or null.</summary>
    public FilterValue? Find(string key) =>
        Values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase));
}
