using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Everything a lead can say about a listing, as typed (numbers, dates and times stay text so a
/// mistake is shown back exactly as entered). Shared by the create and edit pages; never the entity.
/// </summary>
public sealed class ListingForm
{
    /// <summary>Blank rows offered at the end of each list, so several can be added without JavaScript.</summary>
    public const int BlankContacts = 2;
    public const int BlankSchedules = 1;

    [Display(Name = "Name of the group")]
    public string? Name { get; set; }

    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Display(Name = "About the group")]
    public string? Description { get; set; }

    [Display(Name = "Who it is for, in your own words")]
    public string? WhoFor { get; set; }

    [Display(Name = "Who can join (eligibility)")]
    public string? Eligibility { get; set; }

    [Display(Name = "What happens at a first visit")]
    public string? FirstVisit { get; set; }

    [Display(Name = "Organisation running it")]
    public string? Organisation { get; set; }

    public HostType HostType { get; set; }
    public RunBy RunBy { get; set; }
    public JoinBy JoinBy { get; set; }
    public Cost Cost { get; set; }

    [Display(Name = "About the cost")]
    public string? CostNotes { get; set; }

    public List<Formats> Formats { get; set; } = [];
    public List<Accessibility> Accessibility { get; set; } = [];

    [Display(Name = "Languages spoken")]
    public string? Languages { get; set; }

    /// <summary>Taxonomy tag slugs: who it is for and activities.</summary>
    public List<string> Tags { get; set; } = [];

    public List<ContactRow> Contacts { get; set; } = [];
    public List<ScheduleRow> Schedules { get; set; } = [];
    public PlaceFields Place { get; set; } = new();
    public AreaFields Area { get; set; } = new();

    [Display(Name = "Address on request")]
    public bool AddressOnRequest { get; set; }

    [Display(Name = "Accept messages through the site")]
    public bool AcceptsMessages { get; set; }

    /// <summary>The listing's concurrency token when the form was opened (edit only).</summary>
    public Guid Version { get; set; }

    /// <summary>The saved values when the form was opened (edit only), to show what someone else changed since.</summary>
    public string? Original { get; set; }

    /// <summary>Adds the blank rows the page offers after the filled ones.</summary>
    public ListingForm WithBlankRows()
    {
        Contacts.AddRange(Enumerable.Range(0, BlankContacts).Select(_ => new ContactRow()));
        Schedules.AddRange(Enumerable.Range(0, BlankSchedules).Select(_ => new ScheduleRow()));
        return this;
    }

    public static ListingForm From(Listing l) => new()
    {
        Name = l.Name,
        Summary = l.Summary,
        Description = l.Description,
        WhoFor = l.WhoFor,
        Eligibility = l.Eligibility,
        FirstVisit = l.FirstVisit,
        Organisation = l.Organisation,
        HostType = l.HostType,
        RunBy = l.RunBy,
        JoinBy = l.JoinBy,
        Cost = l.Cost,
        CostNotes = l.CostNotes,
        Formats = [.. Enum.GetValues<Formats>().Where(f => f != Listings.Formats.None && l.Formats.HasFlag(f))],
        Accessibility = [.. Enum.GetValues<Accessibility>().Where(a => a != Listings.Accessibility.None && l.Accessibility.HasFlag(a))],
        Languages = l.Languages,
        Tags = [.. l.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal)],
        Contacts = [.. l.Contacts.OrderBy(c => c.Id).Select(c => new ContactRow { Kind = c.Kind, Value = c.Value, Label = c.Label })],
        Schedules = [.. l.Schedules.OrderBy(s => s.Id).Select(s => new ScheduleRow
        {
            Kind = s.Kind,
            Day = s.Day,
            Nth = s.Nth,
            Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Start = s.Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
            End = s.End?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Notes = s.Notes,
        })],
        Place = l.Place is { } p
            ? new PlaceFields
            {
                VenueName = p.VenueName,
                Address = p.Address,
                Town = p.Town,
                Postcode = p.Postcode,
                Latitude = Number(p.Latitude),
                Longitude = Number(p.Longitude),
            }
            : new PlaceFields(),
        Area = l.Area is { } a
            ? new AreaFields
            {
                Kind = a.Kind,
                Name = a.Name,
                Latitude = Number(a.Latitude),
                Longitude = Number(a.Longitude),
                RadiusKm = Number(a.RadiusKm),
                Wkt = a.Wkt,
            }
            : new AreaFields(),
        AddressOnRequest = l.AddressOnRequest,
        AcceptsMessages = l.AcceptsMessages,
        Version = l.Version,
    };

    private static string? Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
}

public sealed class ContactRow
{
    [Display(Name = "Type")]
    public ContactKind Kind { get; set; }

    [Display(Name = "Email, phone number or web address")]
    public string? Value { get; set; }

    [Display(Name = "Label (optional)")]
    public string? Label { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Label);
}

public sealed class ScheduleRow
{
    /// <summary>Null for an unused row.</summary>
    [Display(Name = "How often")]
    public ScheduleKind? Kind { get; set; }

    [Display(Name = "Day")]
    public DayOfWeek? Day { get; set; }

    [Display(Name = "Week of the month")]
    public int? Nth { get; set; }

    [Display(Name = "Date (one-off, or any date of a fortnightly session)")]
    public string? Date { get; set; }

    [Display(Name = "Starts (24-hour, like 18:30)")]
    public string? Start { get; set; }

    [Display(Name = "Ends")]
    public string? End { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public bool IsBlank => Kind is null;
}

public sealed class PlaceFields
{
    /// <summary>A postcode or place name to look up; fills the coordinates (and postcode).</summary>
    [Display(Name = "Find the place by postcode or town")]
    public string? Search { get; set; }

    [Display(Name = "Venue name")]
    public string? VenueName { get; set; }

    [Display(Name = "Street address")]
    public string? Address { get; set; }

    [Display(Name = "Town or city")]
    public string? Town { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    public bool IsBlank =>
        new[] { VenueName, Address, Town, Postcode, Latitude, Longitude, Search }.All(string.IsNullOrWhiteSpace);
}

public sealed class AreaFields
{
    /// <summary>Null when the listing serves no area beyond its venue.</summary>
    [Display(Name = "Area served")]
    public AreaKind? Kind { get; set; }

    [Display(Name = "Name of the area")]
    public string? Name { get; set; }

    [Display(Name = "Centre (a town or postcode)")]
    public string? Centre { get; set; }

    [Display(Name = "Centre latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Centre longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Radius in kilometres")]
    public string? RadiusKm { get; set; }

    [Display(Name = "Boundary (WKT polygon, longitude latitude)")]
    public string? Wkt { get; set; }
}
