using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

public class ScheduleBytesTests
{
    [Fact]
    public void Schedules_survive_their_compact_encoding()
    {
        List<ListingSchedule> schedules =
        [
            new() { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Thursday, Date = new DateOnly(2026, 11, 19), Start = new TimeOnly(18, 30), End = new TimeOnly(20, 30) },
            new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Friday, Nth = -1, Start = new TimeOnly(10, 0) },
            new() { Kind = ScheduleKind.ByArrangement },
        ];
        var decoded = ScheduleBytes.Decode(ScheduleBytes.Encode(schedules));
        Assert.Equal(schedules.Select(ScheduleText.Describe), decoded.Select(ScheduleText.Describe));
        Assert.Equal(schedules.Select(s => s.Date), decoded.Select(s => s.Date));
        Assert.Equal(schedules.Select(s => s.End), decoded.Select(s => s.End));
    }
}
