using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

public class ListingAttributesTests
{
    [Fact]
    public void Days_and_times_of_day_come_from_the_schedules()
    {
        var mask = ListingAttributes.WhenMask(
        [
            new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Tuesday, Start = new TimeOnly(18, 0) },
            new ListingSchedule { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Saturday, Nth = 1, Start = new TimeOnly(10, 30) },
            new ListingSchedule { Kind = ScheduleKind.ByArrangement },
        ]);
        Assert.Equal(
            ListingAttributes.DayBit(DayOfWeek.Tuesday) | ListingAttributes.DayBit(DayOfWeek.Saturday)
            | ListingAttributes.TimeBit(TimeOfDay.Evening) | ListingAttributes.TimeBit(TimeOfDay.Morning) | ListingAttributes.TimeBit(TimeOfDay.Weekend),
            mask);
    }

    [Fact]
    public void Schedules_survive_their_compact_encoding()
    {
        List<ListingSchedule> schedules =
        [
            new() { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Thursday, Date = new DateOnly(2026, 11, 19), Start = new TimeOnly(18, 30) },
            new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Friday, Nth = -1, Start = new TimeOnly(10, 0) },
            new() { Kind = ScheduleKind.ByArrangement },
        ];
        var decoded = ListingAttributes.DecodeSchedules(ListingAttributes.EncodeSchedules(schedules));
        Assert.Equal(schedules.Select(ScheduleText.Describe), decoded.Select(ScheduleText.Describe));
        Assert.Equal(schedules.Select(s => s.Date), decoded.Select(s => s.Date));
    }
}
