namespace PeerSupport.Directory.Search;

/// <summary>
/// One thing the words of a search were read as: a tag, format or activity (a taxonomy slug in
/// <see cref="Key"/>), or a value of a <see cref="FilterGroup"/> ("time:Evening"). It acts as a
/// preference, as if the person had ticked it. <see cref="Words"/> is what was typed.
/// </summary>
public sealed record Reading(string Key, string Label, string Words)
{
    /// <summary>The filter value, for a reading of one ("time:Evening"); null for a tag.</summary>
    public FilterValue? Value => FilterGroups.ValueOf(Key);
}
