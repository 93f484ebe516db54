using System.Globalization;

namespace PeerSupport.Directory.Listings;

/// <summary>Schedules in plain words ("Every Tuesday, 6pm to 8pm") and their next date. Pure functions.</summary>
public static class ScheduleText
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(ListingSchedule s)
    {
        var day = s.Day?.ToString() ?? "";
        var when = s.Kind switch
        {
            ScheduleKind.Weekly => $"Every {day}",
            ScheduleKind.Fortnightly => $"Every other {day}",
            ScheduleKind.MonthlyNthWeekday => $"{Ordinal(s.Nth ?? 1)} {day} of the month",
            ScheduleKind.OneOff => s.Date?.ToString("dddd d MMMM yyyy", English) ?? "One date to be confirmed",
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
            _ => localStart.ToString(days < 7 ? "dddd" : "dddd d MMMM", English),
        };
        return $"{date}, {Clock(TimeOnly.FromDateTime(localStart))}";
    }

    /// <summary>The next start (Europe/London wall-clock) of any of the schedules at or after <paramref name="utcNow"/>; null if none.</summary>
    public static DateTime? NextStart(IEnumerable<ListingSchedule> schedules, DateTime utcNow)
    {
        return NextLocalStart(schedules, TimeZoneInfo.ConvertTimeFromUtc(utcNow, London));
    }

    public static DateTime? NextLocalStart(IEnumerable<ListingSchedule> schedules, DateTime localNow) =>
        schedules.Select(s => NextStart(s, localNow)).Where(d => d is not null).Min();

    public static DateTime? NextStart(ListingSchedule s, DateTime localNow)
    {
        var start = s.Start ?? new TimeOnly(0, 0);
        var today = DateOnly.FromDateTime(localNow);
        bool NotPast(DateOnly d) => d.ToDateTime(start) >= localNow;

        DateOnly? date = s.Kind switch
        {
            ScheduleKind.Weekly when s.Day is { } day =>
                Enumerable.Range(0, 8).Select(today.AddDays).First(d => d.DayOfWeek == day && NotPast(d)),
            ScheduleKind.Fortnightly when s.Day is { } day && s.Date is { } anchor =>
                Enumerable.Range(0, 15).Select(today.AddDays)
                    .First(d => d.DayOfWeek == day && Math.Abs(d.DayNumber - anchor.DayNumber) % 14 == 0 && NotPast(d)),
            ScheduleKind.Fortnightly when s.Day is { } day =>
                Enumerable.Range(0, 8).Select(today.AddDays).First(d => d.DayOfWeek == day && NotPast(d)),
            ScheduleKind.MonthlyNthWeekday when s.Day is { } day =>
                Enumerable.Range(0, 3).Select(m => NthWeekday(today.AddMonths(m), day, s.Nth ?? 1))
                    .FirstOrDefault(d => d is { } x && NotPast(x)),
            ScheduleKind.OneOff when s.Date is { } d && NotPast(d) => d,
            _ => null,
        };
        return date?.ToDateTime(start);
    }

    /// <summary>The nth (1–4, or −1 for last) given weekday of the month containing <paramref name="inMonth"/>.</summary>
    public static DateOnly? NthWeekday(DateOnly inMonth, DayOfWeek day, int nth)
    {
        var first = new DateOnly(inMonth.Year, inMonth.Month, 1);
        var matches = Enumerable.Range(0, DateTime.DaysInMonth(first.Year, first.Month))
            .Select(first.AddDays).Where(d => d.DayOfWeek == day).ToList();
        if (nth == -1)
        {
            return matches[^1];
        }
        return nth >= 1 && nth <= matches.Count ? matches[nth - 1] : null;
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
