namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>service_area</c>: the area an online, phone or outreach listing serves, in words.</summary>
public sealed record OrukServiceArea
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? ServiceArea { get; init; }
}
