namespace PeerSupport.Directory.Search;

/// <summary>One value of a <see cref="FilterGroup"/>: its group's name, its key (the enum name), the words shown, and its bit in a <see cref="FilterSet"/>.</summary>
public sealed record FilterValue(string Group, string Key, string Label, int Bit)
{
    public long Flag => 1L << Bit;

    /// <summary>The value as a preference ("time:Evening"), in <see cref="SearchHit.PreferencesMet"/> beside tag slugs.</summary>
    public string PreferenceKey => $"{Group}:{Key}";
}
