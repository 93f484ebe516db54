using System.Globalization;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one owner of UK time: the instant as people in the UK read their clocks and calendars
/// (Europe/London, with British Summer Time), whatever the server's zone and culture. Meeting
/// times, pause return dates, daily counts and every date a page or email writes go through here.
/// </summary>
public static class UkCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>British English, for month and day names and figures.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The UK wall-clock time of a UTC instant.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);

    /// <summary>The UK calendar day of a UTC instant (one minute past midnight in summer is already tomorrow).</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>"4 March 2026": a UTC instant as the day people in the UK would call it.</summary>
    public static string Written(DateTime utc) => Written(Day(utc));

    public static string Written(DateOnly day) => day.ToString("d MMMM yyyy", Culture);
}
