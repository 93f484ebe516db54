namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>service_at_location</c>; in a list it carries its <see cref="Service"/> too (one-to-one fields only).</summary>
public sealed record OrukServiceAtLocation
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public OrukLocation? Location { get; init; }
    public OrukService? Service { get; init; }
}
