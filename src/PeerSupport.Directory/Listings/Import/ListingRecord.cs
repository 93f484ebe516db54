using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerSupport.Directory.Listings.Import;

/// <summary>
/// One listing as it appears in an import or export file (docs/import-format.md).
/// Everything is a string or a list here, so that a wrong value becomes a clear reason
/// for that record rather than a failure to read the whole file.
/// </summary>
public sealed class ListingRecord
{
    public string? ExternalId { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public string? WhoFor { get; set; }
    public string? Eligibility { get; set; }
    public string? FirstVisit { get; set; }
    public string? Organisation { get; set; }
    public string? HostType { get; set; }
    public string? RunBy { get; set; }
    public string? JoinBy { get; set; }
    public string? Cost { get; set; }
    public string? CostNotes { get; set; }
    public List<string>? Formats { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? Accessibility { get; set; }
    public List<string>? Languages { get; set; }
    public List<ContactRecord>? Contacts { get; set; }
    public List<ScheduleRecord>? Schedules { get; set; }
    public PlaceRecord? Place { get; set; }
    public AreaRecord? Area { get; set; }
    public string? Status { get; set; }
    public DateTimeOffset? LastConfirmed { get; set; }
    public string? PausedUntil { get; set; }
}

public sealed class ContactRecord
{
    public string? Kind { get; set; }
    public string? Value { get; set; }
    public string? Label { get; set; }
}

public sealed class ScheduleRecord
{
    public string? Kind { get; set; }
    public string? Day { get; set; }
    public int? Nth { get; set; }
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Notes { get; set; }
}

public sealed class PlaceRecord
{
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

public sealed class AreaRecord
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? RadiusKm { get; set; }
    public string? Wkt { get; set; }

    public static AreaRecord Of(AreaServed a) => new() { Kind = a.Kind.ToString(), Name = a.Name, Latitude = a.Latitude, Longitude = a.Longitude, RadiusKm = a.RadiusKm, Wkt = a.Wkt };
}

public sealed class ListingFile
{
    public List<ListingRecord> Listings { get; set; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
