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
                return (key, TextMessage(rule) ?? (field, rule) switch
                {
                    ("value", _) when rule.Contains("web address", StringComparison.Ordinal) => "Enter a web address starting with https://",
                    ("value", _) when rule.Contains("email address", StringComparison.Ordinal) => "Enter an email address like name@example.org",
                    ("value", _) when rule.Contains("phone number", StringComparison.Ordinal) => "Enter a phone number, like 0113 496 0173",
                    ("value", _) => "Enter the email address, phone number or web address",
                    _ => "Choose the type of contact",
                });
            }
            return ($"Schedules[{scheduleRows[n]}].{Capitalised(field)}", TextMessage(rule) ?? ScheduleMessage(field, rule));
        }
        var text = TextPattern().Match(error);
        if (text.Success && TextMessage(text.Groups["rule"].Value) is { } textMessage && !error.StartsWith("name is longer", StringComparison.Ordinal) && !error.StartsWith("summary is longer", StringComparison.Ordinal))
        {
            return (FormKey(text.Groups["field"].Value), textMessage);
        }
        return error switch
        {
            _ when error.StartsWith("name is required", StringComparison.Ordinal) => ("Name", "Enter the name of the group"),
            _ when error.StartsWith("name is longer", StringComparison.Ordinal) => ("Name", $"Keep the name to {Number(error)} characters or fewer"),
            _ when error.StartsWith("summary is required", StringComparison.Ordinal) => ("Summary", "Enter a one-line summary"),
            _ when error.StartsWith("summary is longer", StringComparison.Ordinal) => ("Summary", $"Keep the summary to {Number(error)} characters or fewer"),
            _ when error.StartsWith("formats", StringComparison.Ordinal) => ("Formats", "Choose at least one way people meet"),
            _ when error.StartsWith("accessibility", StringComparison.Ordinal) => ("Accessibility", "Choose from the accessibility list"),
            _ when error.StartsWith("contacts: at most", StringComparison.Ordinal) => ("Contacts", $"A listing can have at most {Number(error)} ways to get in touch"),
            _ when error.StartsWith("schedules: at most", StringComparison.Ordinal) => ("Schedules", $"A listing can have at most {Number(error)} meeting times"),
            _ when error.StartsWith("tags: at most", StringComparison.Ordinal) => ("Tags", $"Choose at most {Number(error)} of these"),
            _ when error.StartsWith("area.radiusKm", StringComparison.Ordinal) => ("Area.RadiusKm", $"Enter a radius of {Number(error)} km or less"),
            _ when error.StartsWith("area.wkt has more than", StringComparison.Ordinal) =>
                ("Area.Wkt", $"This boundary is too detailed: simplify it to {Number(error)} points or fewer"),
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

    /// <summary>The message for a text rule of <c>ListingRecordParser</c> (too long, line breaks, control characters), or null.</summary>
    private static string? TextMessage(string rule) => rule switch
    {
        _ when rule.StartsWith("is longer than", StringComparison.Ordinal) => $"Keep this to {Number(rule)} characters or fewer",
        _ when rule.StartsWith("must be on one line", StringComparison.Ordinal) => "Keep this on one line, without line breaks",
        _ when rule.StartsWith("has a control character", StringComparison.Ordinal) => "Remove the hidden control characters (they can come with pasted text)",
        _ => null,
    };

    /// <summary>The form field of a record field ("place.venue" is the form's Place.VenueName).</summary>
    private static string FormKey(string field) => field == "place.venue"
        ? "Place.VenueName"
        : string.Join('.', field.Split('.').Select(Capitalised));

    private static string Capitalised(string field) => char.ToUpperInvariant(field[0]) + field[1..];

    private static string Number(string error) => NumberPattern().Match(error).Value;

    [GeneratedRegex(@"^(?<list>contacts|schedules)\[(?<n>\d+)\]\.(?<field>\w+) (?<rule>.*)$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^(?<field>[a-zA-Z.]+) (?<rule>is longer than \d+ characters|must be on one line|has a control character)$")]
    private static partial Regex TextPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
