using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// The filters of a search, applied to candidates in memory, and the counts beside each value.
/// A candidate records which filter groups it fails, so the count for a value is simply the
/// candidates that pass every other group and have that value (choosing it would show them).
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
    private readonly TagBits must;
    private readonly TagBits activities;
    private readonly bool mustUnknown;
    private readonly bool activitiesUnknown;
    private readonly long days;
    private readonly long times;
    private readonly int join;
    private readonly int cost;
    private readonly int runBy;

    /// <summary>False for most searches (no must, filter or access need): then only "near me" can fail.</summary>
    private readonly bool anyFilter;

    public SearchFilters(SearchRequest request, TagVocabulary vocabulary)
    {
        this.request = request;
        this.vocabulary = vocabulary;
        var mustIndexes = request.Must.Select(vocabulary.IndexOf).ToArray();
        var activityIndexes = request.Activities.Select(vocabulary.IndexOf).ToArray();
        must = TagBits.Of(mustIndexes);
        activities = TagBits.Of(activityIndexes);
        // A must the index has never seen can't be met; activities need one known value to be met.
        mustUnknown = mustIndexes.Any(i => i < 0);
        activitiesUnknown = activityIndexes.Length > 0 && activityIndexes.All(i => i < 0);
        days = request.Days.Aggregate(0L, (m, d) => m | ListingAttributes.DayBit(d));
        times = request.Times.Aggregate(0L, (m, t) => m | ListingAttributes.TimeBit(t));
        join = request.Join.Aggregate(0, (m, j) => m | 1 << (int)j);
        cost = request.Cost.Aggregate(0, (m, v) => m | 1 << (int)v);
        runBy = request.RunBy.Aggregate(0, (m, r) => m | 1 << (int)r);
        anyFilter = request.Must.Count + request.Activities.Count > 0 || days != 0 || times != 0 || join != 0 || cost != 0 || runBy != 0
            || request.Access != Accessibility.None;
    }

    public int FailedGroups(in Candidate c)
    {
        if (!anyFilter)
        {
            return !request.IncludeOnlineAndPhone && c.Remote ? Online : 0;
        }
        var failed = 0;
        ref readonly var tags = ref c.Tags;
        if (request.Must.Count > 0 && (mustUnknown || !tags.HasAll(must)))
        {
            failed |= Must;
        }
        if (request.Activities.Count > 0 && (activitiesUnknown || !tags.HasAny(activities)))
        {
            failed |= Activity;
        }
        var when = c.When;
        if (days != 0 && (when & days) == 0)
        {
            failed |= Day;
        }
        if (times != 0 && (when & times) == 0)
        {
            failed |= Time;
        }
        if (join != 0 && (join & (1 << (int)c.Join)) == 0)
        {
            failed |= Join;
        }
        if (cost != 0 && (cost & (1 << (int)c.Cost)) == 0)
        {
            failed |= Cost;
        }
        if (runBy != 0 && (runBy & (1 << (int)c.RunBy)) == 0)
        {
            failed |= RunBy;
        }
        if ((c.Access & request.Access) != request.Access)
        {
            failed |= Access;
        }
        if (!request.IncludeOnlineAndPhone && c.Remote)
        {
            failed |= Online;
        }
        return failed;
    }

    /// <summary>Every facet's counts in one pass over the candidates.</summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Count(ReadOnlySpan<Candidate> candidates)
    {
        var slugs = vocabulary.Slugs;
        var (tags, activityTags) = (new int[slugs.Count], new int[slugs.Count]);
        var (days, times) = (new int[7], new int[4]);
        var (join, cost, runBy) = (new int[3], new int[3], new int[3]);
        var access = new int[8];
        var online = 0;
        // With no activity chosen, passing every other group is passing all: the same counts as tags.
        var activityFilter = request.Activities.Count > 0;
        foreach (ref readonly var c in candidates)
        {
            var failed = c.Failed;
            bool PassesOthers(int group) => (failed & ~group) == 0;
            if (failed == 0)
            {
                c.Tags.AddTo(tags);
                AddBits(access, (ulong)c.Access & 0xFF);
            }
            if (activityFilter && PassesOthers(Activity))
            {
                c.Tags.AddTo(activityTags);
            }
            var when = (ulong)c.When;
            if (PassesOthers(Day))
            {
                AddBits(days, when & 0x7F);
            }
            if (PassesOthers(Time))
            {
                AddBits(times, (when >> 7) & 0xF);
            }
            join[(int)c.Join] += PassesOthers(Join) ? 1 : 0;
            cost[(int)c.Cost] += PassesOthers(Cost) ? 1 : 0;
            runBy[(int)c.RunBy] += PassesOthers(RunBy) ? 1 : 0;
            online += PassesOthers(Online) && c.Remote ? 1 : 0;
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

    /// <summary>Adds one at each set bit's position (bit 0 to counts[0]).</summary>
    private static void AddBits(int[] counts, ulong bits)
    {
        while (bits != 0)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
            bits &= bits - 1;
        }
    }

    /// <summary>With no results: how many each single relaxation of a must or a filter would give.</summary>
    public List<Relaxation> Relaxations(ReadOnlySpan<Candidate> candidates)
    {
        var relaxations = new List<Relaxation>();
        foreach (var slug in request.Must)
        {
            var others = request.Must.Where(m => m != slug).Select(vocabulary.IndexOf).ToArray();
            var count = CountWhere(candidates, c => (c.Failed & ~Must) == 0 && others.All(c.Tags.Has));
            relaxations.Add(new Relaxation(RelaxationKind.DropMust, slug, count));
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
                relaxations.Add(new Relaxation(RelaxationKind.DropFilter, name, CountWhere(candidates, c => (c.Failed & ~group) == 0)));
            }
        }
        var constraints = request.Must.Count + relaxations.Count(r => r.Kind == RelaxationKind.DropFilter);
        if (constraints >= 2)
        {
            // When no single change helps, clearing every must and filter (but not the place) may.
            relaxations.Add(new Relaxation(RelaxationKind.DropAllFilters, null, CountWhere(candidates, c => (c.Failed & Online) == 0)));
        }
        if (!request.IncludeOnlineAndPhone)
        {
            relaxations.Add(new Relaxation(RelaxationKind.IncludeOnlineAndPhone, null, CountWhere(candidates, c => (c.Failed & ~Online) == 0)));
        }
        return relaxations;
    }

    private static int CountWhere(ReadOnlySpan<Candidate> candidates, Func<Candidate, bool> predicate)
    {
        var count = 0;
        foreach (ref readonly var c in candidates)
        {
            count += predicate(c) ? 1 : 0;
        }
        return count;
    }
}
