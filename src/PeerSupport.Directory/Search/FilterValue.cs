namespace PeerSupport.Directory.Search;

/// <summary>One value of a <see cref="FilterGroup"/>: its key (the enum name), the words shown, and its bit in a <see cref="FilterSet"/>.</summary>
public sealed record FilterValue(string Key, string Label, int Bit)
{
    public long Flag => 1L << Bit;
}
