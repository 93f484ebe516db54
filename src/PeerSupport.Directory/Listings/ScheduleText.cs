using System.Globalization;

namespace PeerSupport.Directory.Listings;

/// <summary>Schedules in plain words ("Every Tuesday, 6pm to 8pm") and their next date. Pure functions.</summary>
public static class ScheduleText
{

    public static string Describe(ListingSchedule s)
    {
        var day = s.Day?.ToString() ?? "";
        var when = s.Kind switch
        {
            ScheduleKind.Weekly => $"Every {day}",
            ScheduleKind.Fortnightly => $"Every other {day}",
            ScheduleKind.MonthlyNthWeekday => $"{Ordinal(s.Nth ?? 1)} {day} of the month",
            ScheduleKind.OneOff => s.Date?.ToString("dddd d MMMM yyyy", UkCalendar.Culture) ?? "One date to be confirmed",
            _ => "By arrangement",
        };
        var times = Times(s.Start, s.End);
        var text = times.Length == 0 ? when : $"{when}, {times}";
        return s.Notes.Length == 0 ? text : $"{text} ({s.Notes})";
    }

    public static string Times(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } a, { } b) => $"{Clock(a)} to {Clock(b)}",
        ({ } a, null) => $"from {Clock(a)}",
        _ => "",
    };

    /// <summary>"6pm", "10:30am", "12pm".</summary>
    public static string Clock(TimeOnly t)
    {
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var suffix = t.Hour < 12 ? "am" : "pm";
        return t.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{t.Minute:00}{suffix}";
    }

    /// <summary>"Tuesday 1 December, 6pm", with "Today"/"Tomorrow" when close.</summary>
    public static string DescribeNext(DateTime localStart, DateTime localNow)
    {
        var days = (DateOnly.FromDateTime(localStart).DayNumber - DateOnly.FromDateTime(localNow).DayNumber);
        var date = days switch
        {
            0 => "Today",
            1 => "Tomorrow",
            _ => localStart.ToString(days < 7 ? "dddd" : "dddd d MMMM", UkCalendar.Culture),
        };
        return $"{date}, {Clock(TimeOnly.FromDateTime(localStart))}";
    }

    /// <summary>The next start (Europe/London wall-clock) of any of the schedules at or after <paramref name="utcNow"/>; null if none.</summary>
    public static DateTime? NextStart(IEnumerable<ListingSchedule> schedules, DateTime utcNow)
    {
        return NextLocalStart(schedules, UkCalendar.Local(utcNow));
    }

    /// <summary>
    /// The next start as the group page says it: a group on a break until <paramref name="backOn"/>
    /// meets next on or after that day (its calendar file leaves out the meetings before it too).
    /// </summary>
    public static DateTime? NextStart(IEnumerable<ListingSchedule> schedules, DateTime utcNow, DateOnly? backOn)
    {
        var localNow = UkCalendar.Local(utcNow);
        var from = backOn?.ToDateTime(TimeOnly.MinValue) is { } back && back > localNow ? back : localNow;
        return NextLocalStart(schedules, from);
    }

    // Plain loops rather than LINQ: every results page works out the next meeting of 20 cards.
    public static DateTime? NextLocalStart(IEnumerable<ListingSchedule> schedules, DateTime localNow)
    {
        DateTime? next = null;
        foreach (var schedule in schedules)
        {
            if (NextStart(schedule, localNow) is { } start && (next is null || start < next))
            {
                next = start;
            }
        }
        return next;
    }

    /// <summary>
    /// Every start of <paramref name="s"/> from <paramref name="localFrom"/> up to (not including)
    /// <paramref name="localUntil"/>, step by step with <see cref="NextStart(ListingSchedule, DateTime)"/>, so
    /// a list of dates (a calendar's exceptions, a check of one) is the site's own next meetings.
    /// </summary>
    public static IEnumerable<DateTime> Starts(ListingSchedule s, DateTime localFrom, DateTime localUntil)
    {
        var from = localFrom;
        while (NextStart(s, from) is { } start && start < localUntil)
        {
            yield return start;
            from = start.AddMinutes(1);
        }
    }

    public static DateTime? NextStart(ListingSchedule s, DateTime localNow)
    {
        var start = s.Start ?? new TimeOnly(0, 0);
        var today = DateOnly.FromDateTime(localNow);

        DateOnly? date = s.Kind switch
        {
            ScheduleKind.Weekly when s.Day is { } day => FirstOn(day, null, today, start, localNow),
            ScheduleKind.Fortnightly when s.Day is { } day && s.Date is { } anchor => FirstOn(day, anchor, today, start, localNow),
            ScheduleKind.Fortnightly when s.Day is { } day => FirstOn(day, null, today, start, localNow),
            ScheduleKind.MonthlyNthWeekday when s.Day is { } day => NextNthWeekday(day, s.Nth ?? 1, today, start, localNow),
            ScheduleKind.OneOff when s.Date is { } d && d.ToDateTime(start) >= localNow => d,
            _ => null,
        };
        return date?.ToDateTime(start);
    }

    /// <summary>
    /// The first <paramref name="day"/> from today that has not started yet; with an
    /// <paramref name="anchor"/>, only those a whole number of fortnights from it.
    /// </summary>
    private static DateOnly FirstOn(DayOfWeek day, DateOnly? anchor, DateOnly today, TimeOnly start, DateTime localNow)
    {
        for (var i = 0; i < (anchor is null ? 8 : 15); i++)
        {
            var d = today.AddDays(i);
            if (d.DayOfWeek == day && (anchor is not { } a || Math.Abs(d.DayNumber - a.DayNumber) % 14 == 0) && d.ToDateTime(start) >= localNow)
            {
                return d;
            }
        }
        throw new InvalidOperationException($"No {day} within a fortnight matches the schedule's date.");
    }

    /// <summary>The nth weekday of this month or the next two that has not started yet; null if none.</summary>
    private static DateOnly? NextNthWeekday(DayOfWeek day, int nth, DateOnly today, TimeOnly start, DateTime localNow)
    {
        for (var m = 0; m < 3; m++)
        {
            if (NthWeekday(today.AddMonths(m), day, nth) is { } d && d.ToDateTime(start) >= localNow)
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>The nth (1–4, or −1 for last) given weekday of the month containing <paramref name="inMonth"/>.</summary>
    public static DateOnly? NthWeekday(DateOnly inMonth, DayOfWeek day, int nth)
    {
        var first = new DateOnly(inMonth.Year, inMonth.Month, 1);
        var firstMatch = first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7);
        var count = ((DateTime.DaysInMonth(first.Year, first.Month) - firstMatch.Day) / 7) + 1;
        if (nth == -1)
        {
            return firstMatch.AddDays(7 * (count - 1));
        }
        return nth >= 1 && nth <= count ? firstMatch.AddDays(7 * (nth - 1)) : null;
    }

    private static string Ordinal(int nth) => nth switch
    {
        1 => "First",
        2 => "Second",
        3 => "Third",
        4 => "Fourth",
        -1 => "Last",
        _ => $"{nth}th",
    };
}
