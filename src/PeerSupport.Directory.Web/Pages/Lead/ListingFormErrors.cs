using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// The importer's reasons (written for people preparing files: "schedules[2].start is required
/// for Weekly") as a field of the form and a message for the person typing into it.
/// </summary>
public static partial class ListingFormErrors
{
    /// <param name="contactRows">Form row of each filled contact, in order (the parser numbers filled rows from 1).</param>
    /// <param name="scheduleRows">Form row of each filled schedule, in order.</param>
    public static (string Key, string Message) Translate(string error, IReadOnlyList<int> contactRows, IReadOnlyList<int> scheduleRows)
    {
        var row = RowPattern().Match(error);
        if (row.Success)
        {
            var n = int.Parse(row.Groups["n"].Value, CultureInfo.InvariantCulture) - 1;
            var field = row.Groups["field"].Value;
            var rule = row.Groups["rule"].Value;
            if (row.Groups["list"].Value == "contacts")
            {
                var key = $"Contacts[{contactRows[n]}].{Capitalised(field)}";
                return (key, field == "value" ? "Enter the email address, phone number or web address" : "Choose the type of contact");
            }
            return ($"Schedules[{scheduleRows[n]}].{Capitalised(field)}", ScheduleMessage(field, rule));
        }
        return error switch
        {
            _ when error.StartsWith("name is required", StringComparison.Ordinal) => ("Name", "Enter the name of the group"),
            _ when error.StartsWith("name is longer", StringComparison.Ordinal) => ("Name", $"Keep the name to {Number(error)} characters or fewer"),
            _ when error.StartsWith("summary is required", StringComparison.Ordinal) => ("Summary", "Enter a one-line summary"),
            _ when error.StartsWith("summary is longer", StringComparison.Ordinal) => ("Summary", $"Keep the summary to {Number(error)} characters or fewer"),
            _ when error.StartsWith("formats", StringComparison.Ordinal) => ("Formats", "Choose at least one way people meet"),
            _ when error.StartsWith("accessibility", StringComparison.Ordinal) => ("Accessibility", "Choose from the accessibility list"),
            _ when error.StartsWith("tags", StringComparison.Ordinal) => ("Tags", "Choose from the lists shown (a tag you chose has been removed)"),
            _ when error.StartsWith("hostType", StringComparison.Ordinal) => ("HostType", "Choose who hosts the group"),
            _ when error.StartsWith("runBy", StringComparison.Ordinal) => ("RunBy", "Choose how the group is run"),
            _ when error.StartsWith("joinBy", StringComparison.Ordinal) => ("JoinBy", "Choose how people join"),
            _ when error.StartsWith("cost ", StringComparison.Ordinal) => ("Cost", "Choose what it costs"),
            _ when error.StartsWith("place.latitude", StringComparison.Ordinal) =>
                ("Place.Search", "Find the place by its postcode or town, or enter its latitude and longitude"),
            _ when error.StartsWith("place coordinates", StringComparison.Ordinal) =>
                ("Place.Latitude", "These coordinates are not in Great Britain. Check them, or find the place by postcode"),
            _ when error.StartsWith("a Radius area", StringComparison.Ordinal) =>
                ("Area.Centre", "Enter the centre of the area (a town or postcode) and a radius in kilometres"),
            _ when error.StartsWith("area centre", StringComparison.Ordinal) =>
                ("Area.Latitude", "The centre of the area is not in Great Britain"),
            _ when error.StartsWith("a Region area", StringComparison.Ordinal) =>
                ("Area.Wkt", "Paste the region's boundary as a WKT POLYGON in longitude-latitude order"),
            _ when error.StartsWith("area.kind", StringComparison.Ordinal) => ("Area.Kind", "Choose the kind of area served"),
            _ when error.StartsWith("an in-person listing", StringComparison.Ordinal) =>
                ("Place.Search", "An in-person group needs a place: enter its postcode or town and choose Find, or say which area it serves"),
            _ when error.StartsWith("a listing needs a place", StringComparison.Ordinal) =>
                ("Place.Search", "Add a place, an area served, or choose online or by phone under How people meet"),
            _ => ("", error),
        };
    }

    private static string ScheduleMessage(string field, string rule) => (field, rule) switch
    {
        ("day", _) => "Choose the day",
        ("nth", _) => "Choose which week of the month",
        ("date", _) when rule.StartsWith("is required", StringComparison.Ordinal) => "Enter the date",
        ("date", _) => "Enter a date like 31/01/2027",
        ("start", _) when rule.StartsWith("is required", StringComparison.Ordinal) => "Enter the start time, like 18:30",
        ("end", _) when rule.StartsWith("must be after", StringComparison.Ordinal) => "The end time must be after the start time",
        ("start" or "end", _) => "Enter a 24-hour time like 18:30",
        _ => "Choose how often it meets",
    };

    private static string Capitalised(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    private static string Number(string error) => NumberPattern().Match(error).Value;

    [GeneratedRegex(@"^(?<list>contacts|schedules)\[(?<n>\d+)\]\.(?<field>\w+) (?<rule>.*)$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
