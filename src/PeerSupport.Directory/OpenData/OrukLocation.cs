namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>location</c>: a venue (<c>physical</c>) or online and phone support (<c>virtual</c>).</summary>
public sealed record OrukLocation
{
    public required Guid Id { get; init; }
    public required string LocationType { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<OrukAddress>? Addresses { get; init; }
    public IReadOnlyList<OrukAccessibility>? Accessibility { get; init; }
}
