namespace PeerSupport.Directory.Search;

public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<Relaxation> Relaxations)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>How much of the words the results match.</summary>
    public TextMatch TextMatched { get; init; }

    /// <summary>The filters' work for this search (<see cref="SearchFilters.WordsAnded"/>), for the cost tests.</summary>
    internal long WordsAnded { get; init; }

    private Dictionary<(string, string), int>? counts;

    /// <summary>The count beside one value (0 when the index has no such value); a results page asks for about 150.</summary>
    public int CountOf(string facet, string value)
    {
        if (counts is null)
        {
            counts = new Dictionary<(string, string), int>(Facets.Sum(f => f.Value.Count));
            foreach (var (name, values) in Facets)
            {
                foreach (var count in values)
                {
                    counts.TryAdd((name, count.Value), count.Count);
                }
            }
        }
        return counts.GetValueOrDefault((facet, value));
    }
}
