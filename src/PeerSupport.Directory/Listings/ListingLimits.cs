namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one set of bounds on what a listing may hold, read by the database mapping (column
/// lengths, the same on SQLite and SQL Server) and by <see cref="Import.ListingRecordParser"/>,
/// which checks every listing from the editor and from imports against them with a message per
/// field. They are generous for a real group (the seed's longest description is under 1,000
/// characters, its most contacts 4) and stop one edit from storing 898 contacts or a polygon that
/// makes every history page megabytes long.
/// </summary>
public static class ListingLimits
{
    public const int ExternalId = 100;
    public const int Source = 300;
    public const int Name = 150;
    public const int Summary = 300;
    public const int Description = 5000;
    public const int WhoFor = 1500;
    public const int Eligibility = 1500;
    public const int FirstVisit = 1500;
    public const int Organisation = 200;
    public const int Languages = 300;
    public const int CostNotes = 500;
    public const int VenueName = 200;
    public const int Address = 300;
    public const int Town = 100;
    public const int Postcode = 10;
    public const int AreaName = 200;
    public const int ContactValue = 300;
    public const int ContactLabel = 100;
    public const int ScheduleNotes = 300;

    public const int Contacts = 10;
    public const int Schedules = 12;
    public const int Tags = 30;

    /// <summary>A region's boundary: enough points for a council area drawn by hand or simplified from a boundary file.</summary>
    public const int RegionPoints = 1000;

    public const int RegionWkt = 50_000;

    /// <summary>A radius area no wider than Great Britain is long (and never infinite).</summary>
    public const double RadiusKm = 1000;
}
