namespace PeerSupport.Directory.Search;

/// <summary>
/// The words of a search as <see cref="QueryReader"/> read them: what they name (tags, formats,
/// activities, days, times, access needs, how to join, cost) and the words left for text
/// matching, without filler ("I just", "somewhere for") or the days and times they named.
/// </summary>
public sealed record QueryReading(IReadOnlyList<Reading> Readings, string? Text)
{
    public static QueryReading AsTyped(string? text) => new([], text);

    /// <summary>The text is several parts (read phrases, other words): a listing need not use them all (<see cref="TextMatch.Some"/>).</summary>
    public bool Loose { get; init; }

    /// <summary>Taxonomy slugs read (tags, formats, activities), as preferences.</summary>
    public IEnumerable<string> Tags => Readings.Where(r => r.Value is null).Select(r => r.Key);

    /// <summary>Filter values read, as preferences.</summary>
    public FilterSet Filters => Readings.Select(r => r.Value).OfType<FilterValue>().Aggregate(FilterSet.None, (all, v) => all | new FilterSet(v.Flag));
}
