using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The open-data API's day, start_time and end_time, as one session must meet them.</summary>
public class SessionWindowTests
{
    private static ListingSchedule Weekly(DayOfWeek day, int startHour, int startMinute, TimeOnly? end) =>
        new() { Kind = ScheduleKind.Weekly, Day = day, Start = new TimeOnly(startHour, startMinute), End = end };

    private static readonly TimeOnly Six = new(18, 0);

    [Fact]
    public void A_session_starting_exactly_at_start_time_is_in_the_window_and_one_starting_a_minute_earlier_is_not()
    {
        var window = new SessionWindow(null, Six, null);

        Assert.True(window.Holds(Weekly(DayOfWeek.Monday, 18, 0, new TimeOnly(20, 0))));
        Assert.False(window.Holds(Weekly(DayOfWeek.Monday, 17, 59, new TimeOnly(20, 0))));
    }

    [Fact]
    public void A_session_ending_exactly_at_end_time_is_in_the_window_and_one_ending_a_minute_later_is_not()
    {
        var window = new SessionWindow(null, null, new TimeOnly(12, 0));

        Assert.True(window.Holds(Weekly(DayOfWeek.Monday, 10, 0, new TimeOnly(12, 0))));
        Assert.False(window.Holds(Weekly(DayOfWeek.Monday, 10, 0, new TimeOnly(12, 1))));
    }

    [Fact]
    public void A_session_with_no_end_time_meets_a_start_time_but_not_an_end_time()
    {
        var open = Weekly(DayOfWeek.Monday, 19, 0, null);

        Assert.True(new SessionWindow(null, Six, null).Holds(open));
        Assert.False(new SessionWindow(null, null, new TimeOnly(23, 59)).Holds(open));
    }

    [Fact]
    public void A_session_by_arrangement_or_without_a_start_time_meets_no_time_filter()
    {
        var arranged = new ListingSchedule { Kind = ScheduleKind.ByArrangement, Day = DayOfWeek.Monday };
        var noStart = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Monday, End = new TimeOnly(11, 0) };

        foreach (var window in new[] { new SessionWindow(null, TimeOnly.MinValue, null), new SessionWindow(null, null, TimeOnly.MaxValue) })
        {
            Assert.False(window.Holds(arranged));
            Assert.False(window.Holds(noStart));
        }
    }

    [Fact]
    public void A_one_off_date_counts_for_the_weekday_it_falls_on()
    {
        // 10 December 2026 is a Thursday.
        var oneOff = new ListingSchedule { Kind = ScheduleKind.OneOff, Date = new DateOnly(2026, 12, 10), Start = new TimeOnly(19, 0), End = new TimeOnly(21, 0) };

        Assert.True(new SessionWindow([DayOfWeek.Thursday], Six, null).Holds(oneOff));
        Assert.False(new SessionWindow([DayOfWeek.Monday, DayOfWeek.Friday], Six, null).Holds(oneOff));
    }

    [Fact]
    public void Fortnightly_and_nth_weekday_sessions_count_for_their_weekday()
    {
        var fortnightly = new ListingSchedule { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Tuesday, Date = new DateOnly(2026, 12, 8), Start = new TimeOnly(18, 30), End = new TimeOnly(20, 0) };
        var lastFriday = new ListingSchedule { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Friday, Nth = -1, Start = new TimeOnly(18, 30), End = new TimeOnly(20, 0) };

        Assert.True(new SessionWindow([DayOfWeek.Tuesday], Six, null).Holds(fortnightly));
        Assert.False(new SessionWindow([DayOfWeek.Wednesday], Six, null).Holds(fortnightly));
        Assert.True(new SessionWindow([DayOfWeek.Friday], Six, null).Holds(lastFriday));
        Assert.False(new SessionWindow([DayOfWeek.Thursday], Six, null).Holds(lastFriday));
    }

    [Fact]
    public void The_day_and_the_times_must_be_met_by_the_same_session()
    {
        List<ListingSchedule> sessions = [Weekly(DayOfWeek.Monday, 10, 0, new TimeOnly(12, 0)), Weekly(DayOfWeek.Thursday, 18, 30, new TimeOnly(20, 30))];

        Assert.False(new SessionWindow([DayOfWeek.Monday], Six, null).HeldByAny(sessions));
        Assert.True(new SessionWindow([DayOfWeek.Thursday], Six, null).HeldByAny(sessions));
        Assert.False(new SessionWindow(null, Six, new TimeOnly(12, 0)).HeldByAny(sessions));
    }

    [Fact]
    public void A_session_ending_past_midnight_is_not_known_to_end_by_end_time()
    {
        var late = Weekly(DayOfWeek.Saturday, 22, 0, new TimeOnly(1, 0));

        Assert.False(new SessionWindow(null, null, new TimeOnly(2, 0)).Holds(late));
    }
}
