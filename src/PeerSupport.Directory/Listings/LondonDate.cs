using System.Globalization;

namespace PeerSupport.Directory.Listings;

/// <summary>A UTC moment as the day people in the UK would call it ("4 March 2026"), whatever the server's zone and culture.</summary>
public static class LondonDate
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, ScheduleText.London).ToString("d MMMM yyyy", British);
}
