using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.OpenData;

/// <summary>An ORUK schedule read as ours: the rows it gives, or the reason it cannot be (completing "schedule ...").</summary>
public sealed record ScheduleReading(IReadOnlyList<ListingSchedule> Schedules, string? Problem)
{
    public static ScheduleReading Reads(IReadOnlyList<ListingSchedule> schedules) => new(schedules, null);

    public static ScheduleReading Fails(string problem) => new([], problem);
}
