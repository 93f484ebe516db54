using Ical.Net;
using Ical.Net.DataTypes;
using PeerSupport.Directory.Calendars;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Calendars;

/// <summary>The .ics file read back by Ical.Net: the same meetings as the site's "next meeting", in UK time on both sides of each clock change.</summary>
public class ListingCalendarTests
{
    private static readonly Uri Page = new("https://example.org/groups/7/willow-circle");

    // Tuesday 10 March 2026, 09:00 in London: the year ahead holds the change to BST
    // (29 March 2026) and back to GMT (25 October 2026).
    private static readonly DateTime LocalNow = new(2026, 3, 10, 9, 0, 0);

    private static Listing Group(ListingStatus status = ListingStatus.Published, params ListingSchedule[] schedules) => new()
    {
        Id = 7,
        Name = "Willow Circle",
        Slug = "willow-circle",
        ShortCode = "abc234",
        Summary = "A peer support group.",
        Status = status,
        Formats = Formats.Group | Formats.InPerson,
        Place = new Place { VenueName = "Test Hall", Address = "1 High Street", Town = "Leeds", Postcode = "LS1 4AP", Latitude = 53.8, Longitude = -1.55 },
        CreatedAt = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc),
        Schedules = [.. schedules.Select((s, i) => { s.Id = i + 1; return s; })],
    };

    public static TheoryData<string, ListingSchedule> Kinds => new()
    {
        { "weekly on Sunday evening", new() { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Sunday, Start = new(18, 0), End = new(20, 0) } },
        { "fortnightly on Thursday from its anchor", new() { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Thursday, Date = new(2026, 10, 22), Start = new(19, 0), End = new(21, 0) } },
        { "second Monday of the month", new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Monday, Nth = 2, Start = new(10, 30), End = new(12, 0) } },
        { "last Friday of the month, no end time", new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Friday, Nth = -1, Start = new(18, 0) } },
        { "one-off on the day the clocks go forward", new() { Kind = ScheduleKind.OneOff, Date = new(2026, 3, 29), Start = new(14, 0), End = new(16, 0) } },
        { "one-off on the day the clocks go back", new() { Kind = ScheduleKind.OneOff, Date = new(2026, 10, 25), Start = new(14, 0), End = new(16, 0) } },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_calendar_file_holds_the_same_meetings_as_the_sites_next_meeting_for_a_year(string kind, ListingSchedule schedule)
    {
        var site = ScheduleText.Starts(schedule, LocalNow, LocalNow.AddMonths(12))
            .Select(local => (local, TimeZoneInfo.ConvertTimeToUtc(local, UkCalendar.Zone)))
            .ToList();

        var file = Occurrences(ListingCalendar.Write(Group(schedules: schedule), Page))
            .Select(o => (o.Period.StartTime.Value, o.Period.StartTime.AsUtc))
            .ToList();

        Assert.True(site.Count > 0, kind);
        Assert.Equal(site, file);
    }

    [Fact]
    public void Meetings_either_side_of_a_clock_change_keep_their_uk_time()
    {
        var weekly = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Sunday, Start = new(18, 0), End = new(20, 0) };

        var utc = Occurrences(ListingCalendar.Write(Group(schedules: weekly), Page))
            .Select(o => o.Period.StartTime.AsUtc)
            .Where(t => t.Year == 2026 && ((t.Month == 3 && t.Day >= 22) || (t.Month == 10 && t.Day >= 18)))
            .ToList();

        // 18:00 in London is 18:00 UTC in GMT (22 March, 25 October) and 17:00 UTC in BST (29 March, 18 October).
        Assert.Equal(
            [new DateTime(2026, 3, 22, 18, 0, 0), new DateTime(2026, 3, 29, 17, 0, 0), new DateTime(2026, 10, 18, 17, 0, 0), new DateTime(2026, 10, 25, 18, 0, 0)],
            utc);
    }

    [Fact]
    public void A_break_with_a_return_date_takes_the_meetings_before_it_off_the_calendar()
    {
        var weekly = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Wednesday, Start = new(18, 0), End = new(20, 0) };
        var paused = Group(ListingStatus.Paused, weekly);
        paused.PausedUntil = new DateOnly(2026, 4, 1);

        var first = Occurrences(ListingCalendar.Write(paused, Page)).First().Period.StartTime.Value;

        Assert.Equal(new DateTime(2026, 4, 1, 18, 0, 0), first);
    }

    [Fact]
    public void A_meeting_without_an_end_time_lasts_an_hour_and_a_half()
    {
        var noEnd = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Sunday, Start = new(18, 0) };

        var period = Occurrences(ListingCalendar.Write(Group(schedules: noEnd), Page)).First().Period;

        Assert.Equal(TimeSpan.FromMinutes(90), period.EffectiveEndTime!.Value - period.StartTime.Value);
    }

    [Fact]
    public void A_series_starts_at_its_first_meeting_after_the_listings_last_change()
    {
        var weekly = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Wednesday, Start = new(18, 0), End = new(20, 0) };

        var start = Calendar.Load(ListingCalendar.Write(Group(schedules: weekly), Page))!.Events.Single().DtStart!.Value;

        // Changed on Sunday 1 March 2026; the first Wednesday after is 4 March.
        Assert.Equal(new DateTime(2026, 3, 4, 18, 0, 0), start);
    }

    [Fact]
    public void Meetings_by_arrangement_make_no_event_and_the_others_keep_the_uid_of_their_place()
    {
        var arranged = new ListingSchedule { Kind = ScheduleKind.ByArrangement, Notes = "Ring to book" };
        var weekly = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Wednesday, Start = new(18, 0) };

        var listing = Group(schedules: [arranged, weekly]);

        var events = Calendar.Load(ListingCalendar.Write(listing, Page))!.Events;

        Assert.Equal([ListingCalendar.Uid(listing, 1)], events.Select(e => e.Uid));
    }

    [Theory]
    [InlineData(ListingStatus.Draft)]
    [InlineData(ListingStatus.Pending)]
    public void A_listing_the_public_may_not_see_has_no_calendar(ListingStatus status)
    {
        var weekly = new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Wednesday, Start = new(18, 0) };

        Assert.Throws<InvalidOperationException>(() => ListingCalendar.Write(Group(status, weekly), Page));
    }

    private static List<Occurrence> Occurrences(string ics)
    {
        var calendar = Calendar.Load(ics)!;
        var from = new CalDateTime(DateOnly.FromDateTime(LocalNow), TimeOnly.FromDateTime(LocalNow), UkCalendar.Zone.Id);
        return [.. calendar.GetOccurrences(from).TakeWhileBefore(from.AddMonths(12))];
    }
}
