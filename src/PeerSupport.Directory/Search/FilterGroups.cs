using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// The table of filter groups with a closed set of values. The document mapping, each
/// segment's facts, the filters, their counts, the "what to relax" offers, the URL of a
/// search and the refine panel all read this table, so a new value or group is added here
/// once. Every group's values are bits of one number (a <see cref="FilterSet"/>), the same
/// layout for a listing (what it has) and a search (what was chosen), stored as one doc value:
/// <code>
/// bits  0–6   day       Sunday = 0 … Saturday = 6 (as DayOfWeek)
/// bits  7–10  time      morning, afternoon, evening, weekend
/// bits 11–13  join      drop in, contact first, referral
/// bits 14–16  cost      free, donation, paid
/// bits 17–19  run       peer-led, peers with staff, professional
/// bits 20–26  access    step-free … large print (as the Accessibility flags)
/// </code>
/// Tags, formats and activities are open sets (data, not code) and have their own columns.
/// </summary>
public static class FilterGroups
{
    public static readonly FilterGroup Days = Build<DayOfWeek>(FacetNames.Days, "Which days?", "the days you chose", FilterMode.AnyOf, 0,
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
        d => d.ToString());

    public static readonly FilterGroup Times = Build<TimeOfDay>(FacetNames.Times, "What time of day?", "the times of day you chose", FilterMode.AnyOf, After(Days),
        Enum.GetValues<TimeOfDay>(), t => t switch
        {
            TimeOfDay.Morning => "Morning (before 12pm)",
            TimeOfDay.Afternoon => "Afternoon (12pm to 5pm)",
            TimeOfDay.Evening => "Evening (from 5pm)",
            _ => "At the weekend",
        });

    public static readonly FilterGroup Join = Build<JoinBy>(FacetNames.Join, "How to join", "how to join", FilterMode.AnyOf, After(Times),
        Enum.GetValues<JoinBy>(), ListingWords.Join);

    public static readonly FilterGroup Cost = Build<Cost>(FacetNames.Cost, "Cost", "cost", FilterMode.AnyOf, After(Join),
        Enum.GetValues<Cost>(), ListingWords.Costs);

    public static readonly FilterGroup RunBy = Build<RunBy>(FacetNames.RunBy, "How it is run", "how it is run", FilterMode.AnyOf, After(Cost),
        Enum.GetValues<RunBy>(), ListingWords.Run);

    public static readonly FilterGroup Access = Build<Accessibility>(FacetNames.Access, "Access needs", "access needs", FilterMode.AllOf, After(RunBy),
        Enum.GetValues<Accessibility>().Where(a => a != Accessibility.None).ToArray(), ListingWords.Access);

    /// <summary>Every group, in the refine panel's order.</summary>
    public static readonly IReadOnlyList<FilterGroup> All = [Days, Times, Join, Cost, RunBy, Access];

    /// <summary>The bits the table uses, from bit 0.</summary>
    public static int Width => After(Access);

    /// <summary>The group with this name (its URL key), or null.</summary>
    public static FilterGroup? Named(string name) => All.FirstOrDefault(g => g.Name == name);

    /// <summary>What a listing has, as the index stores it: its days and times of day (from its schedules), and the rest from its fields.</summary>
    public static FilterSet Of(Listing listing) =>
        WhenOf(listing.Schedules)
        | Of(listing.JoinBy) | Of(listing.Cost) | Of(listing.RunBy)
        | Enum.GetValues<Accessibility>().Where(a => a != Accessibility.None && listing.Accessibility.HasFlag(a)).Aggregate(FilterSet.None, (all, a) => all | Of(a));

    /// <summary>
    /// The days a listing meets and the times of day: before 12pm is morning, before 5pm
    /// afternoon, later evening; a Saturday or Sunday meeting is also "at the weekend". A
    /// one-off counts for its date's weekday; "by arrangement" for none.
    /// </summary>
    public static FilterSet WhenOf(IEnumerable<ListingSchedule> schedules)
    {
        var set = FilterSet.None;
        foreach (var s in schedules)
        {
            if (s.Weekday() is not { } day)
            {
                continue;
            }
            set |= Of(day);
            if (day is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                set |= Of(TimeOfDay.Weekend);
            }
            if (s.Start is { } start)
            {
                set |= Of(start.Hour < 12 ? TimeOfDay.Morning : start.Hour < 17 ? TimeOfDay.Afternoon : TimeOfDay.Evening);
            }
        }
        return set;
    }

    /// <summary>One value as a set: <c>FilterGroups.Of(DayOfWeek.Monday) | FilterGroups.Of(Cost.Free)</c>.</summary>
    public static FilterSet Of<T>(T value) where T : struct, Enum
    {
        var group = All.First(g => g.ValueType == typeof(T));
        return new FilterSet(group.Find(value.ToString())?.Flag ?? throw new ArgumentException($"{value} is not a single {typeof(T).Name} value", nameof(value)));
    }

    /// <summary>
    /// The values chosen in a query string: each group's key with enum names (any case)
    /// as values, as the page writes them (<c>day=Monday&amp;access=StepFree</c>); unknown values are dropped.
    /// </summary>
    public static FilterSet Parse(Func<string, IEnumerable<string>> valuesOf)
    {
        var set = FilterSet.None;
        foreach (var group in All)
        {
            foreach (var key in valuesOf(group.Name))
            {
                if (group.Find(key.Trim()) is { } value)
                {
                    set |= new FilterSet(value.Flag);
                }
            }
        }
        return set;
    }

    /// <summary>The value of a preference key ("time:Evening"), or null for a tag slug or an unknown value.</summary>
    public static FilterValue? ValueOf(string preferenceKey)
    {
        var colon = preferenceKey.IndexOf(':');
        return colon > 0 && Named(preferenceKey[..colon]) is { } group ? group.Find(preferenceKey[(colon + 1)..]) : null;
    }

    private static int After(FilterGroup group) => group.Shift + group.Width;

    /// <summary>
    /// A group of enum values. Values whose numbers fit the width (days, times, join, cost, run)
    /// take the bit of their number; flags (access) take the bit of their flag, so a listing's
    /// value maps with one shift either way.
    /// </summary>
    private static FilterGroup Build<T>(string name, string legend, string relaxWords, FilterMode mode, int shift, IReadOnlyList<T> shown, Func<T, string> label)
        where T : struct, Enum
    {
        var isFlags = typeof(T).IsDefined(typeof(FlagsAttribute), false);
        var values = shown.Select(v =>
        {
            var number = Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
            var bit = isFlags ? System.Numerics.BitOperations.TrailingZeroCount(number) : (int)number;
            return new FilterValue(name, v.ToString(), label(v), shift + bit);
        }).ToList();
        return new FilterGroup(name, legend, relaxWords, mode, shift, typeof(T), values);
    }
}
