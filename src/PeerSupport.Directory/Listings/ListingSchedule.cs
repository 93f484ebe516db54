namespace PeerSupport.Directory.Listings;

public enum ScheduleKind { Weekly, Fortnightly, MonthlyNthWeekday, OneOff, ByArrangement }

/// <summary>
/// When a listing meets. Times are Europe/London wall-clock times; <see cref="Date"/> is the
/// one-off date, or any date a fortnightly session falls on (its anchor).
/// </summary>
public class ListingSchedule
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public ScheduleKind Kind { get; set; }
    public DayOfWeek? Day { get; set; }

    /// <summary>1–4 for the nth weekday of the month, −1 for the last.</summary>
    public int? Nth { get; set; }

    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string Notes { get; set; } = "";

    /// <summary>
    /// The weekday it meets on: a one-off's date's weekday, else <see cref="Day"/>; none by
    /// arrangement. What the day filters (<c>FilterGroups.WhenOf</c>, <c>SessionWindow</c>) read.
    /// </summary>
    public DayOfWeek? Weekday() => Kind switch
    {
        ScheduleKind.ByArrangement => null,
        ScheduleKind.OneOff => Date?.DayOfWeek,
        _ => Day,
    };

    /// <summary>The same meeting time, not yet attached to any listing (for an edit's new rows or a search card).</summary>
    public ListingSchedule Copy() => new() { Kind = Kind, Day = Day, Nth = Nth, Date = Date, Start = Start, End = End, Notes = Notes };
}
