using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Tests;

/// <summary>Small builders for test data. Coordinates of a few real places for geography tests.</summary>
public static class Build
{
    public static readonly (double Lat, double Lon) Leeds = (53.7965, -1.5478);
    public static readonly (double Lat, double Lon) Headingley = (53.8190, -1.5800);
    public static readonly (double Lat, double Lon) Wakefield = (53.6833, -1.4977);
    public static readonly (double Lat, double Lon) Manchester = (53.4809, -2.2374);
    public static readonly (double Lat, double Lon) Cardiff = (51.4800, -3.1800);

    private static int next;

    public static ListingRecord Group(string name, (double Lat, double Lon) at, params string[] tags) => new()
    {
        ExternalId = $"test-{Interlocked.Increment(ref next):0000}-{Slug(name)}",
        Name = name,
        Summary = $"{name}: a peer support group.",
        HostType = "UserLed",
        RunBy = "PeerLed",
        JoinBy = "DropIn",
        Cost = "Free",
        Formats = ["Group", "InPerson"],
        Tags = [.. tags],
        Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Tuesday", Start = "18:00", End = "20:00" }],
        Place = new PlaceRecord { Venue = "Community Hall", Town = "Testtown", Latitude = at.Lat, Longitude = at.Lon },
        Status = "Published",
    };

    public static ListingRecord Online(string name, params string[] tags) => new()
    {
        ExternalId = $"test-{Interlocked.Increment(ref next):0000}-{Slug(name)}",
        Name = name,
        Summary = $"{name}: online peer support.",
        HostType = "VoluntarySector",
        RunBy = "PeerLed",
        JoinBy = "ContactFirst",
        Cost = "Free",
        Formats = ["Group", "Online"],
        Tags = [.. tags],
        Area = new AreaRecord { Kind = "National", Name = "England and Wales" },
        Status = "Published",
    };

    private static string Slug(string name) => PeerSupport.Directory.Listings.Slug.From(name);
}
