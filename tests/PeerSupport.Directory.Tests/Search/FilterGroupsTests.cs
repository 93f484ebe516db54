using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

public class FilterGroupsTests
{
    [Fact]
    public void The_groups_bits_follow_one_another_without_overlap_and_fit_one_number()
    {
        var seen = 0L;
        var next = 0;
        foreach (var group in FilterGroups.All)
        {
            Assert.Equal(next, group.Shift);
            Assert.Equal(0, seen & group.Mask);
            Assert.Equal(group.Values.Count, group.Values.Select(v => v.Bit).Distinct().Count());
            Assert.All(group.Values, v => Assert.InRange(v.Bit, group.Shift, group.Shift + group.Width - 1));
            seen |= group.Mask;
            next = group.Shift + group.Width;
        }
        Assert.Equal(FilterGroups.Width, next);
        Assert.InRange(FilterGroups.Width, 1, 63);
    }

    [Fact]
    public void The_layout_is_the_one_the_index_documents_describe()
    {
        // ListingDocument stores FilterGroups.Of(listing).Bits; changing these bits needs a SchemaVersion bump.
        Assert.Equal(
            [("day", 0, 7), ("time", 7, 4), ("join", 11, 3), ("cost", 14, 3), ("run", 17, 3), ("access", 20, 7)],
            FilterGroups.All.Select(g => (g.Name, g.Shift, g.Width)));
        Assert.Equal(1L << 1, FilterGroups.Of(DayOfWeek.Monday).Bits);
        Assert.Equal(1L << (20 + 3), FilterGroups.Of(Accessibility.Bsl).Bits);
    }

    [Fact]
    public void Every_value_of_every_closed_set_has_a_place_in_the_table()
    {
        Assert.Equal(Enum.GetValues<DayOfWeek>().Length, FilterGroups.Days.Width);
        Assert.Equal(Enum.GetValues<TimeOfDay>().Length, FilterGroups.Times.Width);
        Assert.Equal(Enum.GetValues<JoinBy>().Length, FilterGroups.Join.Width);
        Assert.Equal(Enum.GetValues<Cost>().Length, FilterGroups.Cost.Width);
        Assert.Equal(Enum.GetValues<RunBy>().Length, FilterGroups.RunBy.Width);
        Assert.Equal(Enum.GetValues<Accessibility>().Length - 1, FilterGroups.Access.Width);
    }

    [Fact]
    public void Days_and_times_of_day_come_from_the_schedules()
    {
        var when = FilterGroups.WhenOf(
        [
            new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Tuesday, Start = new TimeOnly(18, 0) },
            new ListingSchedule { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Saturday, Nth = 1, Start = new TimeOnly(10, 30) },
            new ListingSchedule { Kind = ScheduleKind.ByArrangement },
        ]);
        Assert.Equal(
            FilterGroups.Of(DayOfWeek.Tuesday) | FilterGroups.Of(DayOfWeek.Saturday)
            | FilterGroups.Of(TimeOfDay.Evening) | FilterGroups.Of(TimeOfDay.Morning) | FilterGroups.Of(TimeOfDay.Weekend),
            when);
    }

    [Fact]
    public void A_listing_has_one_value_of_each_single_choice_field_and_each_access_feature_it_offers()
    {
        var listing = new Listing
        {
            Name = "Tuesday group",
            Slug = "tuesday-group",
            ShortCode = "ABC123",
            Summary = "A group",
            JoinBy = JoinBy.Referral,
            Cost = Cost.Donation,
            RunBy = RunBy.PeersWithStaff,
            Accessibility = Accessibility.StepFree | Accessibility.LargePrint,
        };
        var set = FilterGroups.Of(listing);
        Assert.Equal(["Referral"], set.In(FilterGroups.Join).Select(v => v.Key));
        Assert.Equal(["Donation"], set.In(FilterGroups.Cost).Select(v => v.Key));
        Assert.Equal(["PeersWithStaff"], set.In(FilterGroups.RunBy).Select(v => v.Key));
        Assert.Equal(["StepFree", "LargePrint"], set.In(FilterGroups.Access).Select(v => v.Key));
        Assert.False(set.Uses(FilterGroups.Days));
    }

    [Fact]
    public void A_query_string_and_the_set_it_reads_go_both_ways_and_unknown_values_are_dropped()
    {
        var query = SearchQuery.Parse("?day=monday&day=Someday&time=Evening&access=Bsl&access=StepFree&join=DropIn");
        Assert.Equal(
            FilterGroups.Of(DayOfWeek.Monday) | FilterGroups.Of(TimeOfDay.Evening) | FilterGroups.Of(Accessibility.Bsl)
            | FilterGroups.Of(Accessibility.StepFree) | FilterGroups.Of(JoinBy.DropIn),
            query.Filters);
        Assert.Equal("?day=Monday&time=Evening&join=DropIn&access=StepFree&access=Bsl", query.ToQueryString());
        Assert.Equal(query.Filters, SearchQuery.Parse(query.ToQueryString()).Filters);
    }
}
