namespace PeerSupport.Directory.Search;

/// <summary>
/// The filters of a search, applied to a segment's candidates as sets of documents, and the
/// counts beside each value. Each filter group in use has its passing set, so the count for a
/// value is the candidates that pass every other group and have that value (choosing it would
/// show them): an AND and a population count per word of the segment. The groups are the
/// must-haves, the activities, every row of <see cref="FilterGroups"/>, and "only near me".
/// </summary>
internal sealed class SearchFilters
{
    /// <summary>Group bits, as <see cref="Active"/> and the <c>ignored</c> arguments take them.</summary>
    public const int Must = 1 << 0;
    public const int Activity = 1 << 1;

    /// <summary>The bit of <see cref="FilterGroups.All"/>[i] is <c>1 &lt;&lt; (TableFrom + i)</c>.</summary>
    private const int TableFrom = 2;

    public static readonly int Online = 1 << (TableFrom + FilterGroups.All.Count);

    private static readonly int SlotCount = TableFrom + FilterGroups.All.Count + 1;

    private readonly SearchRequest request;
    private readonly TagVocabulary vocabulary;
    private readonly bool mustUnknown;
    private readonly bool activitiesUnknown;

    public SearchFilters(SearchRequest request, TagVocabulary vocabulary)
    {
        this.request = request;
        this.vocabulary = vocabulary;
        // A must the index has never seen can't be met; activities need one known value to be met.
        mustUnknown = request.Must.Any(slug => vocabulary.IndexOf(slug) < 0);
        activitiesUnknown = request.Activities.Count > 0 && request.Activities.All(slug => vocabulary.IndexOf(slug) < 0);
        var active = (request.Must.Count > 0 ? Must : 0) | (request.Activities.Count > 0 ? Activity : 0) | (request.IncludeOnlineAndPhone ? 0 : Online);
        for (var i = 0; i < FilterGroups.All.Count; i++)
        {
            active |= request.Filters.Uses(FilterGroups.All[i]) ? BitOf(i) : 0;
        }
        Active = active;
    }

    /// <summary>The filter groups this search uses (the bits above); "near me" counts as one.</summary>
    public int Active { get; }

    /// <summary>
    /// Words of document sets ANDed so far (an AND, an AND NOT or a count of an AND, a word at a
    /// time): the work of the passing sets, the counts and what to relax, which the cost tests
    /// read to see it grows no faster than what was asked.
    /// </summary>
    internal long WordsAnded { get; private set; }

    /// <summary>The group bit of <see cref="FilterGroups.All"/>[<paramref name="tableIndex"/>].</summary>
    public static int BitOf(int tableIndex) => 1 << (TableFrom + tableIndex);

    /// <summary>Works out each active group's passing set for one segment, then the results: candidates passing all.</summary>
    public void Apply(SegmentMatch segment, SearchScratch scratch)
    {
        segment.Passes = new DocBits[SlotCount];
        for (var slot = 0; slot < SlotCount; slot++)
        {
            var group = 1 << slot;
            if ((Active & group) != 0 && group != Online)
            {
                segment.Passes[slot] = Passing(slot, segment.Facts, scratch);
            }
        }
        segment.Results = PassingExcept(segment, 0, scratch);
    }

    /// <summary>The candidates that pass every active group except <paramref name="ignored"/> (what choosing within those groups would show).</summary>
    public DocBits PassingExcept(SegmentMatch segment, int ignored, SearchScratch scratch)
    {
        var bits = scratch.Bits(segment.Facts.MaxDoc);
        bits.CopyFrom(segment.Candidates.Words);
        for (var slot = 0; slot < SlotCount; slot++)
        {
            var group = 1 << slot;
            if ((Active & group & ~ignored) == 0)
            {
                continue;
            }
            if (group == Online)
            {
                bits.AndNot(segment.Remote.Words);
            }
            else
            {
                bits.And(segment.Passes[slot].Words);
            }
            WordsAnded += bits.Words.Length;
        }
        return bits;
    }

    /// <summary>The segment's documents that pass one group: any chosen value, or all of them (must-haves, and groups marked <see cref="FilterMode.AllOf"/>).</summary>
    private DocBits Passing(int slot, SegmentFacts facts, SearchScratch scratch)
    {
        var bits = scratch.Bits(facts.MaxDoc);
        if (slot == 0)
        {
            if (!mustUnknown)
            {
                AllOf(bits, request.Must.Select(slug => facts.TagDocs[vocabulary.IndexOf(slug)]));
            }
        }
        else if (slot == 1)
        {
            if (!activitiesUnknown)
            {
                foreach (var index in request.Activities.Select(vocabulary.IndexOf).Where(i => i >= 0))
                {
                    if (facts.TagDocs[index] is { } column)
                    {
                        bits.Or(column);
                    }
                }
            }
        }
        else
        {
            var group = FilterGroups.All[slot - TableFrom];
            var chosen = request.Filters.In(group).Select(v => facts.FilterDocs[v.Bit]);
            if (group.Mode == FilterMode.AllOf)
            {
                AllOf(bits, chosen);
            }
            else
            {
                foreach (var column in chosen)
                {
                    bits.Or(column);
                }
            }
        }
        return bits;
    }

    /// <summary>The documents in every column; none when a column is missing (no document has that value).</summary>
    private void AllOf(DocBits bits, IEnumerable<ulong[]?> columns)
    {
        var first = true;
        foreach (var column in columns)
        {
            if (column is null)
            {
                bits.Clear();
                return;
            }
            if (first)
            {
                bits.CopyFrom(column);
                first = false;
            }
            else
            {
                AndInto(bits, column);
            }
        }
    }

    private void AndInto(DocBits bits, ReadOnlySpan<ulong> other)
    {
        bits.And(other);
        WordsAnded += bits.Words.Length;
    }

    private int CountAnd(DocBits bits, ReadOnlySpan<ulong> other)
    {
        WordsAnded += bits.Words.Length;
        return bits.CountAnd(other);
    }

    /// <summary>
    /// Every facet's counts: the results with each value, and for a group in use, the candidates
    /// passing every other group with that value (choosing it too would show them). A group whose
    /// values must all be met (access) counts the results: ticking one more value narrows them.
    /// </summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Count(IEnumerable<SegmentMatch> segments, SearchScratch scratch)
    {
        var slugs = vocabulary.Slugs;
        var (tags, activityTags) = (new int[slugs.Count], new int[slugs.Count]);
        var values = new int[FilterGroups.Width];
        var online = 0;
        // With no activity chosen, passing every other group is passing all: the same counts as tags.
        var activityFilter = request.Activities.Count > 0;
        foreach (var segment in segments)
        {
            var facts = segment.Facts;
            DocBits Others(int group) => (Active & group) == 0 ? segment.Results : PassingExcept(segment, group, scratch);
            void AddCounts(int[] counts, DocBits passing, ulong[]?[] columns, int from, int to)
            {
                for (var i = from; i < to && i < columns.Length; i++)
                {
                    if (columns[i] is { } column)
                    {
                        counts[i] += CountAnd(passing, column);
                    }
                }
            }
            AddCounts(tags, segment.Results, facts.TagDocs, 0, tags.Length);
            if (activityFilter)
            {
                AddCounts(activityTags, Others(Activity), facts.TagDocs, 0, activityTags.Length);
            }
            for (var i = 0; i < FilterGroups.All.Count; i++)
            {
                var group = FilterGroups.All[i];
                var passing = group.Mode == FilterMode.AllOf ? segment.Results : Others(BitOf(i));
                AddCounts(values, passing, facts.FilterDocs, group.Shift, group.Shift + group.Width);
            }
            online += CountAnd(Others(Online), segment.Remote.Words);
        }

        if (!activityFilter)
        {
            activityTags = tags;
        }
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [FacetNames.Tags] = slugs.Select((s, i) => new FacetCount(s, tags[i])).ToList(),
            [FacetNames.Activities] = slugs.Select((s, i) => new FacetCount(s, activityTags[i])).ToList(),
            [FacetNames.OnlineAndPhone] = [new FacetCount("true", online)],
        };
        foreach (var group in FilterGroups.All)
        {
            facets[group.Name] = group.Values.Select(v => new FacetCount(v.Key, values[v.Bit])).ToList();
        }
        return facets;
    }

    /// <summary>With no results: how many each single relaxation of a must or a filter would give.</summary>
    public List<Relaxation> Relaxations(IReadOnlyList<SegmentMatch> segments, SearchScratch scratch)
    {
        int CountExcept(int ignored)
        {
            var count = 0;
            foreach (var segment in segments)
            {
                count += PassingExcept(segment, ignored, scratch).Count();
            }
            return count;
        }
        var relaxations = new List<Relaxation>();
        var withoutMust = WithoutEachMust(segments, scratch);
        foreach (var slug in request.Must)
        {
            // Without this must-have, but still with the others.
            relaxations.Add(new Relaxation(RelaxationKind.DropMust, slug, withoutMust[slug]));
        }
        if ((Active & Activity) != 0)
        {
            relaxations.Add(new Relaxation(RelaxationKind.DropFilter, FacetNames.Activities, CountExcept(Activity)));
        }
        for (var i = 0; i < FilterGroups.All.Count; i++)
        {
            if ((Active & BitOf(i)) != 0)
            {
                relaxations.Add(new Relaxation(RelaxationKind.DropFilter, FilterGroups.All[i].Name, CountExcept(BitOf(i))));
            }
        }
        var constraints = request.Must.Count + relaxations.Count(r => r.Kind == RelaxationKind.DropFilter);
        if (constraints >= 2)
        {
            // When no single change helps, clearing every must and filter (but not the place) may.
            relaxations.Add(new Relaxation(RelaxationKind.DropAllFilters, null, CountExcept(~Online)));
        }
        if (!request.IncludeOnlineAndPhone)
        {
            relaxations.Add(new Relaxation(RelaxationKind.IncludeOnlineAndPhone, null, CountExcept(Online)));
        }
        return relaxations;
    }

    /// <summary>
    /// For each must-have, the candidates passing every other group and every other must-have.
    /// Linear in the number of musts, so a URL with many of them costs what it asked: per segment,
    /// the sets "in every must column after i" are built once from the end, and one pass from the
    /// start keeps "passing the rest and every must before i"; without must i is the two ANDed.
    /// </summary>
    private Dictionary<string, int> WithoutEachMust(IReadOnlyList<SegmentMatch> segments, SearchScratch scratch)
    {
        var musts = request.Must.Distinct(StringComparer.Ordinal).ToArray();
        var counts = musts.ToDictionary(m => m, _ => 0, StringComparer.Ordinal);
        if (musts.Length == 0)
        {
            return counts;
        }
        foreach (var segment in segments)
        {
            // A must the index has never seen, or that no document here has, has no column: no document meets it.
            var columns = musts.Select(vocabulary.IndexOf).Select(i => i < 0 ? null : segment.Facts.TagDocs[i]).ToArray();
            var after = new DocBits[musts.Length];
            for (var i = musts.Length - 2; i >= 0; i--)
            {
                after[i] = scratch.Bits(segment.Facts.MaxDoc);
                if (columns[i + 1] is { } next)
                {
                    after[i].CopyFrom(next);
                    if (i + 1 < musts.Length - 1)
                    {
                        AndInto(after[i], after[i + 1].Words);
                    }
                }
            }
            var before = PassingExcept(segment, Must, scratch);
            for (var i = 0; i < musts.Length; i++)
            {
                counts[musts[i]] += i == musts.Length - 1 ? before.Count() : CountAnd(before, after[i].Words);
                if (columns[i] is { } column)
                {
                    AndInto(before, column);
                }
                else
                {
                    before.Clear();
                }
            }
        }
        return counts;
    }
}
