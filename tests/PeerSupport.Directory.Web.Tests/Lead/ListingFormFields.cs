using System.Net;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Tests.Lead;

/// <summary>The listing form of the lead pages (new and edit), filled in as a browser posts it.</summary>
public static class ListingFormFields
{
    /// <summary>Every field of the form filled in, as a browser posts it (several values per checkbox group).</summary>
    public static List<KeyValuePair<string, string>> EveryField(string name) =>
    [
        new("Input.Name", name),
        new("Input.Summary", $"{name} meets for walks and talk."),
        new("Input.Description", "We walk for an hour.\n\nThen we have tea."),
        new("Input.Tags", "women"),
        new("Input.Tags", "hearing-voices"),
        new("Input.Tags", "walking"),
        new("Input.WhoFor", "Women who hear voices"),
        new("Input.Eligibility", "Over 18s living in Leeds"),
        new("Input.Formats", "Group"),
        new("Input.Formats", "InPerson"),
        new("Input.Formats", "Online"),
        new("Input.RunBy", "PeersWithStaff"),
        new("Input.HostType", "VoluntarySector"),
        new("Input.Organisation", "Leeds Mind"),
        new("Input.JoinBy", "ContactFirst"),
        new("Input.FirstVisit", "Someone meets you at the gate."),
        new("Input.Cost", "Donation"),
        new("Input.CostNotes", "£1 for tea"),
        new("Input.Accessibility", "StepFree"),
        new("Input.Accessibility", "QuietSpace"),
        new("Input.Languages", "English, Urdu"),
        new("Input.Contacts[0].Kind", "Email"),
        new("Input.Contacts[0].Value", "walks@example.org"),
        new("Input.Contacts[0].Label", "Email Sam"),
        new("Input.Contacts[1].Kind", "Phone"),
        new("Input.Contacts[1].Value", "0113 496 0000"),
        new("Input.Contacts[1].Label", ""),
        new("Input.Contacts[2].Kind", "Email"),
        new("Input.Contacts[2].Value", ""),
        new("Input.Contacts[2].Label", ""),
        new("Input.Schedules[0].Kind", "Weekly"),
        new("Input.Schedules[0].Day", "Tuesday"),
        new("Input.Schedules[0].Start", "18:00"),
        new("Input.Schedules[0].End", "20:00"),
        new("Input.Schedules[1].Kind", "Fortnightly"),
        new("Input.Schedules[1].Day", "Saturday"),
        new("Input.Schedules[1].Date", "2026-11-28"),
        new("Input.Schedules[1].Start", "10:00"),
        new("Input.Schedules[2].Kind", "MonthlyNthWeekday"),
        new("Input.Schedules[2].Nth", "-1"),
        new("Input.Schedules[2].Day", "Friday"),
        new("Input.Schedules[2].Start", "13:30"),
        new("Input.Schedules[3].Kind", "OneOff"),
        new("Input.Schedules[3].Date", "31/12/2026"),
        new("Input.Schedules[3].Start", "11:00"),
        new("Input.Schedules[3].Notes", "Winter walk"),
        new("Input.Schedules[4].Kind", "ByArrangement"),
        new("Input.Schedules[4].Notes", "One-to-one walks"),
        new("Input.Schedules[5].Kind", ""),
        new("Input.Place.Search", "Leeds"),
        new("Input.Place.VenueName", "Roundhay Park Lodge"),
        new("Input.Place.Address", "12 Mansion Lane"),
        new("Input.Place.Town", "Leeds"),
        new("Input.Place.Postcode", "LS8 2HH"),
        new("Input.Area.Kind", "Radius"),
        new("Input.Area.Centre", "Leeds"),
        new("Input.Area.RadiusKm", "15"),
        new("Input.AddressOnRequest", "false"),
        new("Input.AcceptsMessages", "true"),
    ];

    /// <summary>The fields with one replaced (or added).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    /// <summary>The new listing's id, from the redirect after saving ("/lead?created=12").</summary>
    public static int CreatedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Regex.Match(response.Headers.Location!.OriginalString, @"(?:created|saved)=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
