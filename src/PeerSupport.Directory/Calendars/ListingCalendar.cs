using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Calendars;

/// <summary>
/// A public listing as an iCalendar file (RFC 5545): one VEVENT series per schedule, in
/// Europe/London with its VTIMEZONE. The file depends only on the stored listing (never on the
/// clock), so its ETag can come from <see cref="Listing.UpdatedAt"/>: a series starts at its first
/// meeting at or after the listing's last change, and every change raises SEQUENCE, so a
/// subscribed calendar takes an edit, a break or a closure. See docs/calendars.md.
/// </summary>
public static class ListingCalendar
{
    /// <summary>UIDs end in this fixed domain, not the site's address, so they survive a move to a new host.</summary>
    public const string UidDomain = "peersupport.directory";

    /// <summary>How long a meeting lasts in the calendar when its schedule gives no end time.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromMinutes(90);

    /// <summary>Raise when the file's content changes for the same listing, so caches and ETags renew.</summary>
    private const int FormatVersion = 1;

    private const string ProductId = "-//PeerSupport.Directory//Group calendar//EN";
    private static readonly DateTime SequenceEpoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Whether a schedule becomes events: "by arrangement" and incomplete ones (no day, no date) do not.</summary>
    public static bool InCalendar(ListingSchedule s) => s.Kind switch
    {
        ScheduleKind.Weekly or ScheduleKind.Fortnightly or ScheduleKind.MonthlyNthWeekday => s.Day is not null,
        ScheduleKind.OneOff => s.Date is not null,
        _ => false,
    };

    /// <summary>The version of the file for this listing, for an ETag: it changes exactly when the file may.</summary>
    public static string Tag(Listing listing) => $"{FormatVersion}-{listing.UpdatedAt.Ticks:x}";

    /// <summary>The UID of the listing's schedule at <paramref name="ordinal"/> (its place among the listing's schedules).</summary>
    public static string Uid(Listing listing, int ordinal) => $"{PublicIds.Schedule(listing.PublicId, ordinal)}@{UidDomain}";

    /// <summary>The schedules in the order their ordinals (and so their UIDs) are given: as stored.</summary>
    public static IReadOnlyList<ListingSchedule> Ordered(Listing listing) => [.. listing.Schedules.OrderBy(s => s.Id)];

    /// <summary>The .ics text of a public listing; <paramref name="groupPage"/> is its page's absolute address.</summary>
    public static string Write(Listing listing, Uri groupPage) => new CalendarSerializer().SerializeToString(For(listing, groupPage))!;

    public static Calendar For(Listing listing, Uri groupPage)
    {
        if (!listing.Status.IsPublic())
        {
            throw new InvalidOperationException($"Listing {listing.Id} is not public; it has no calendar.");
        }
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", listing.Name);
        calendar.AddProperty("X-WR-TIMEZONE", UkCalendar.Zone.Id);
        var changed = UkCalendar.Local(listing.UpdatedAt);
        var events = Ordered(listing)
            .Select((schedule, ordinal) => (schedule, ordinal))
            .Where(x => InCalendar(x.schedule))
            .Select(x => Event(listing, x.schedule, x.ordinal, changed, groupPage))
            .OfType<CalendarEvent>()
            .ToList();
        var earliest = events.Select(e => e.DtStart!.Value).DefaultIfEmpty(changed).Min();
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(UkCalendar.Zone.Id, earliest, includeHistoricalData: false));
        foreach (var e in events)
        {
            calendar.Events.Add(e);
        }
        return calendar;
    }

    private static CalendarEvent? Event(Listing listing, ListingSchedule schedule, int ordinal, DateTime changed, Uri groupPage)
    {
        // A one-off keeps its own date even when past (a calendar may show it was there); a series
        // starts at its first meeting since the last change.
        var first = schedule.Kind == ScheduleKind.OneOff
            ? schedule.Date!.Value.ToDateTime(schedule.Start ?? TimeOnly.MinValue)
            : ScheduleText.NextStart(schedule, changed);
        if (first is not { } start)
        {
            return null;
        }
        // Without an anchor date the site cannot know which weeks a fortnightly group meets; the
        // series counts from its first date and the description says to check.
        var series = schedule.Kind == ScheduleKind.Fortnightly && schedule.Date is null ? WithAnchor(schedule, start) : schedule;
        var stamp = Utc(listing.UpdatedAt);
        var e = new CalendarEvent
        {
            Uid = Uid(listing, ordinal),
            Summary = listing.Name,
            DtStart = Local(start),
            Duration = Duration.FromTimeSpanExact(Length(schedule)),
            DtStamp = stamp,
            LastModified = stamp,
            Created = Utc(listing.CreatedAt),
            Sequence = (int)Math.Max(0, (listing.UpdatedAt - SequenceEpoch).TotalSeconds),
            Url = groupPage,
            Status = MeetingWords.Status(listing),
            Description = MeetingWords.Description(listing, schedule, groupPage),
        };
        if (MeetingWords.Location(listing) is { Length: > 0 } where)
        {
            e.Location = where;
        }
        if (Rule(series) is { } rule)
        {
            e.RecurrenceRule = rule;
            if (listing.Status == ListingStatus.Paused && listing.PausedUntil is { } until)
            {
                // The meetings of the break, off the calendar; they are few (the series starts at the pause).
                e.ExceptionDates.AddRange(ScheduleText.Starts(series, start, until.ToDateTime(TimeOnly.MinValue)).Select(Local));
            }
        }
        return e;
    }

    private static RecurrencePattern? Rule(ListingSchedule s) => s.Kind switch
    {
        ScheduleKind.Weekly => new RecurrencePattern(FrequencyType.Weekly) { ByDay = [new WeekDay(s.Day!.Value)] },
        ScheduleKind.Fortnightly => new RecurrencePattern(FrequencyType.Weekly, 2) { ByDay = [new WeekDay(s.Day!.Value)] },
        ScheduleKind.MonthlyNthWeekday => new RecurrencePattern(FrequencyType.Monthly) { ByDay = [new WeekDay(s.Day!.Value, s.Nth ?? 1)] },
        _ => null,
    };

    private static ListingSchedule WithAnchor(ListingSchedule s, DateTime first)
    {
        var anchored = s.Copy();
        anchored.Date = DateOnly.FromDateTime(first);
        return anchored;
    }

    private static TimeSpan Length(ListingSchedule s) =>
        s is { Start: { } a, End: { } b } && b > a ? b - a : DefaultLength;

    /// <summary>The model's DateTimes are UTC whatever Kind the database hands back.</summary>
    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC");

    private static CalDateTime Local(DateTime wallClock) =>
        new(DateOnly.FromDateTime(wallClock), TimeOnly.FromDateTime(wallClock), UkCalendar.Zone.Id);
}
