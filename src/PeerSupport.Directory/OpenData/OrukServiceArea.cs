namespace PeerSupport.Directory.OpenData;

/// <summary>
/// An Open Referral UK <c>service_area</c>: the area an online, phone or outreach listing serves,
/// in words and, for a region or a radius, as a GeoJSON <c>extent</c> (<see cref="OrukExtent"/>).
/// </summary>
public sealed record OrukServiceArea
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? ServiceArea { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
}
