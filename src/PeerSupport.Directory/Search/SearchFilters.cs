using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// The filters of a search, applied to a segment's candidates as sets of documents, and the
/// counts beside each value. Each filter group in use has its passing set, so the count for a
/// value is the candidates that pass every other group and have that value (choosing it would
/// show them): an AND and a population count per word of the segment.
/// </summary>
internal sealed class SearchFilters
{
    public const int Must = 1 << 0;
    public const int Activity = 1 << 1;
    public const int Day = 1 << 2;
    public const int Time = 1 << 3;
    public const int Join = 1 << 4;
    public const int Cost = 1 << 5;
    public const int RunBy = 1 << 6;
    public const int Access = 1 << 7;
    public const int Online = 1 << 8;

    private readonly SearchRequest request;
    private readonly TagVocabulary vocabulary;
    private readonly bool mustUnknown;
    private readonly bool activitiesUnknown;
    private readonly long days;
    private readonly long times;
    private readonly int join;
    private readonly int cost;
    private readonly int runBy;

    public SearchFilters(SearchRequest request, TagVocabulary vocabulary)
    {
        this.request = request;
        this.vocabulary = vocabulary;
        var mustIndexes = request.Must.Select(vocabulary.IndexOf).ToArray();
        var activityIndexes = request.Activities.Select(vocabulary.IndexOf).ToArray();
        // A must the index has never seen can't be met; activities need one known value to be met.
        mustUnknown = mustIndexes.Any(i => i < 0);
        activitiesUnknown = activityIndexes.Length > 0 && activityIndexes.All(i => i < 0);
        days = request.Days.Aggregate(0L, (m, d) => m | ListingAttributes.DayBit(d));
        times = request.Times.Aggregate(0L, (m, t) => m | ListingAttributes.TimeBit(t));
        join = request.Join.Aggregate(0, (m, j) => m | 1 << (int)j);
        cost = request.Cost.Aggregate(0, (m, v) => m | 1 << (int)v);
        runBy = request.RunBy.Aggregate(0, (m, r) => m | 1 << (int)r);
        Active = (request.Must.Count > 0 ? Must : 0) | (request.Activities.Count > 0 ? Activity : 0) | (days != 0 ? Day : 0)
            | (times != 0 ? Time : 0) | (join != 0 ? Join : 0) | (cost != 0 ? Cost : 0) | (runBy != 0 ? RunBy : 0)
            | (request.Access != Accessibility.None ? Access : 0) | (request.IncludeOnlineAndPhone ? 0 : Online);
    }

    /// <summary>The filter groups this search uses (the bits above); "near me" counts as one.</summary>
    public int Active { get; }

    private static readonly int[] Groups = [Must, Activity, Day, Time, Join, Cost, RunBy, Access, Online];

    /// <summary>Works out each active group's passing set for one segment, then the results: candidates passing all.</summary>
    public void Apply(SegmentMatch segment, SearchScratch scratch)
    {
        segment.Passes = new DocBits[Groups.Length];
        foreach (var group in Groups)
        {
            if ((Active & group) != 0 && group != Online)
            {
                segment.Passes[Position(group)] = Passing(group, segment.Facts, scratch);
            }
        }
        segment.Results = PassingExcept(segment, 0, scratch);
    }

    /// <summary>The candidates that pass every active group except <paramref name="ignored"/> (what choosing within those groups would show).</summary>
    public DocBits PassingExcept(SegmentMatch segment, int ignored, SearchScratch scratch)
    {
        var bits = scratch.Bits(segment.Facts.MaxDoc);
        bits.CopyFrom(segment.Candidates.Words);
        foreach (var group in Groups)
        {
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
                bits.And(segment.Passes[Position(group)].Words);
            }
        }
        return bits;
    }

    private static int Position(int group) => System.Numerics.BitOperations.TrailingZeroCount(group);

    /// <summary>The segment's documents that pass one group: any chosen value (all of the must-haves and access needs).</summary>
    private DocBits Passing(int group, SegmentFacts facts, SearchScratch scratch)
    {
        var bits = scratch.Bits(facts.MaxDoc);
        void AnyOf(ulong[][] columns, long mask, int shift)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                if ((mask & (1L << (i + shift))) != 0)
                {
                    bits.Or(columns[i]);
                }
            }
        }
        void AllOf(IEnumerable<ulong[]?> columns)
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
                    bits.And(column);
                }
            }
        }
        switch (group)
        {
            case Must when !mustUnknown:
                AllOf(request.Must.Select(slug => facts.TagDocs[vocabulary.IndexOf(slug)]));
                break;
            case Activity when !activitiesUnknown:
                foreach (var index in request.Activities.Select(vocabulary.IndexOf).Where(i => i >= 0))
                {
                    if (facts.TagDocs[index] is { } column)
                    {
                        bits.Or(column);
                    }
                }
                break;
            case Day: AnyOf(facts.DayDocs, days, 0); break;
            case Time: AnyOf(facts.TimeDocs, times, 7); break;
            case Join: AnyOf(facts.JoinDocs, join, 0); break;
            case Cost: AnyOf(facts.CostDocs, cost, 0); break;
            case RunBy: AnyOf(facts.RunByDocs, runBy, 0); break;
            case Access:
                AllOf(Enumerable.Range(0, facts.AccessDocs.Length).Where(i => ((int)request.Access & (1 << i)) != 0).Select(i => facts.AccessDocs[i]));
                break;
        }
        return bits;
    }

    /// <summary>
    /// Every facet's counts: the results with each value, and for a group in use, the candidates
    /// passing every other group with that value (choosing it too would show them).
    /// </summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Count(IEnumerable<SegmentMatch> segments, SearchScratch scratch)
    {
        var slugs = vocabulary.Slugs;
        var (tags, activityTags) = (new int[slugs.Count], new int[slugs.Count]);
        var (days, times) = (new int[7], new int[4]);
        var (join, cost, runBy) = (new int[Enum.GetValues<JoinBy>().Length], new int[Enum.GetValues<Cost>().Length], new int[Enum.GetValues<RunBy>().Length]);
        var access = new int[8];
        var online = 0;
        // With no activity chosen, passing every other group is passing all: the same counts as tags.
        var activityFilter = request.Activities.Count > 0;
        foreach (var segment in segments)
        {
            var facts = segment.Facts;
            DocBits Others(int group) => (Active & group) == 0 ? segment.Results : PassingExcept(segment, group, scratch);
            void AddCounts(int[] counts, DocBits passing, ulong[]?[] columns)
            {
                for (var i = 0; i < counts.Length && i < columns.Length; i++)
                {
                    if (columns[i] is { } column)
                    {
                        counts[i] += passing.CountAnd(column);
                    }
                }
            }
            AddCounts(tags, segment.Results, facts.TagDocs);
            AddCounts(access, segment.Results, facts.AccessDocs);
            if (activityFilter)
            {
                AddCounts(activityTags, Others(Activity), facts.TagDocs);
            }
            AddCounts(days, Others(Day), facts.DayDocs);
            AddCounts(times, Others(Time), facts.TimeDocs);
            AddCounts(join, Others(Join), facts.JoinDocs);
            AddCounts(cost, Others(Cost), facts.CostDocs);
            AddCounts(runBy, Others(RunBy), facts.RunByDocs);
            online += Others(Online).CountAnd(segment.Remote.Words);
        }

        if (!activityFilter)
        {
            activityTags = tags;
        }
        static List<FacetCount> Named<T>(int[] counts, IEnumerable<T> values, Func<T, int> indexOf) =>
            values.Select(v => new FacetCount(v!.ToString()!, counts[indexOf(v)])).ToList();
        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [FacetNames.Tags] = slugs.Select((s, i) => new FacetCount(s, tags[i])).ToList(),
            [FacetNames.Activities] = slugs.Select((s, i) => new FacetCount(s, activityTags[i])).ToList(),
            [FacetNames.Days] = Named(days, Enum.GetValues<DayOfWeek>(), d => (int)d),
            [FacetNames.Times] = Named(times, Enum.GetValues<TimeOfDay>(), t => (int)t),
            [FacetNames.Join] = Named(join, Enum.GetValues<JoinBy>(), j => (int)j),
            [FacetNames.Cost] = Named(cost, Enum.GetValues<Cost>(), v => (int)v),
            [FacetNames.RunBy] = Named(runBy, Enum.GetValues<RunBy>(), r => (int)r),
            [FacetNames.Access] = Named(access, Enum.GetValues<Accessibility>().Where(a => a != Accessibility.None),
                a => System.Numerics.BitOperations.TrailingZeroCount((int)a)),
            [FacetNames.OnlineAndPhone] = [new FacetCount("true", online)],
        };
    }

    /// <summary>With no results: how many each single relaxation of a must or a filter would give.</summary>
    public List<Relaxation> Relaxations(IReadOnlyList<SegmentMatch> segments, SearchScratch scratch)
    {
        int CountExcept(int ignored, IReadOnlyList<int>? alsoTags = null)
        {
            var count = 0;
            foreach (var segment in segments)
            {
                var passing = PassingExcept(segment, ignored, scratch);
                foreach (var index in alsoTags ?? [])
                {
                    if (index < 0 || segment.Facts.TagDocs[index] is not { } column)
                    {
                        passing.Clear();
                        break;
                    }
                    passing.And(column);
                }
                count += passing.Count();
            }
            return count;
        }
        var relaxations = new List<Relaxation>();
        foreach (var slug in request.Must)
        {
            // Without this must-have, but still with the others.
            var others = request.Must.Where(m => m != slug).Select(vocabulary.IndexOf).ToArray();
            relaxations.Add(new Relaxation(RelaxationKind.DropMust, slug, CountExcept(Must, others)));
        }
        foreach (var (group, name, active) in new[]
                 {
                     (Activity, FacetNames.Activities, request.Activities.Count > 0),
                     (Day, FacetNames.Days, request.Days.Count > 0),
                     (Time, FacetNames.Times, request.Times.Count > 0),
                     (Join, FacetNames.Join, request.Join.Count > 0),
                     (Cost, FacetNames.Cost, request.Cost.Count > 0),
                     (RunBy, FacetNames.RunBy, request.RunBy.Count > 0),
                     (Access, FacetNames.Access, request.Access != Accessibility.None),
                 })
        {
            if (active)
            {
                relaxations.Add(new Relaxation(RelaxationKind.DropFilter, name, CountExcept(group)));
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
}
