using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Listings;

public class ScheduleTextTests
{
    // Monday 23 November 2026, 09:00 in London (GMT).
    private static readonly DateTime MondayMorning = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static ListingSchedule Weekly(DayOfWeek day, int hour) =>
        new() { Kind = ScheduleKind.Weekly, Day = day, Start = new TimeOnly(hour, 0), End = new TimeOnly(hour + 2, 0) };

    [Fact]
    public void Weekly_schedule_reads_as_words()
    {
        Assert.Equal("Every Tuesday, 6pm to 8pm", ScheduleText.Describe(Weekly(DayOfWeek.Tuesday, 18)));
    }

    [Fact]
    public void Monthly_last_weekday_reads_as_words()
    {
        var s = new ListingSchedule { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Friday, Nth = -1, Start = new TimeOnly(10, 30) };
        Assert.Equal("Last Friday of the month, from 10:30am", ScheduleText.Describe(s));
    }

    [Fact]
    public void Next_weekly_meeting_is_the_coming_day()
    {
        var next = ScheduleText.NextStart([Weekly(DayOfWeek.Tuesday, 18)], MondayMorning);
        Assert.Equal(new DateTime(2026, 11, 24, 18, 0, 0), next);
    }

    [Fact]
    public void A_meeting_later_today_is_next_but_an_earlier_one_is_next_week()
    {
        Assert.Equal(new DateTime(2026, 11, 23, 18, 0, 0), ScheduleText.NextStart([Weekly(DayOfWeek.Monday, 18)], MondayMorning));
        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0), ScheduleText.NextStart([Weekly(DayOfWeek.Monday, 8)], MondayMorning));
    }

    [Fact]
    public void Fortnightly_meetings_follow_their_anchor_date()
    {
        var s = new ListingSchedule { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Thursday, Date = new DateOnly(2026, 11, 19), Start = new TimeOnly(18, 30) };
        Assert.Equal(new DateTime(2026, 12, 3, 18, 30, 0), ScheduleText.NextStart([s], MondayMorning));
    }

    [Fact]
    public void Nth_weekday_of_the_month_is_found()
    {
        Assert.Equal(new DateOnly(2026, 12, 5), ScheduleText.NthWeekday(new DateOnly(2026, 12, 20), DayOfWeek.Saturday, 1));
        Assert.Equal(new DateOnly(2026, 12, 26), ScheduleText.NthWeekday(new DateOnly(2026, 12, 1), DayOfWeek.Saturday, -1));
    }

    [Fact]
    public void A_past_one_off_date_has_no_next_meeting()
    {
        var s = new ListingSchedule { Kind = ScheduleKind.OneOff, Date = new DateOnly(2026, 11, 1), Start = new TimeOnly(10, 0) };
        Assert.Null(ScheduleText.NextStart([s], MondayMorning));
    }

    [Fact]
    public void Summer_times_are_london_wall_clock_times()
    {
        // 17:30 UTC on Monday 6 July 2026 is 18:30 in London (BST): the 18:00 meeting has started.
        var next = ScheduleText.NextStart([Weekly(DayOfWeek.Monday, 18)], new DateTime(2026, 7, 6, 17, 30, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 7, 13, 18, 0, 0), next);
    }

    [Theory]
    [InlineData(18, 0, "6pm")]
    [InlineData(10, 30, "10:30am")]
    [InlineData(12, 0, "12pm")]
    [InlineData(0, 15, "12:15am")]
    public void Clock_times_read_the_British_way(int hour, int minute, string expected) =>
        Assert.Equal(expected, ScheduleText.Clock(new TimeOnly(hour, minute)));
}
