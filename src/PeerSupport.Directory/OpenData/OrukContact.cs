namespace PeerSupport.Directory.OpenData;

/// <summary>
/// An Open Referral UK <c>contact</c>: one of the listing's public contacts (never a lead's own
/// address). The UK profile's contact has only a name and title, so a phone number rides in
/// <see cref="Phones"/> as the international HSDS 3.0 contact carries it.
/// </summary>
public sealed record OrukContact
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<OrukPhone>? Phones { get; init; }
}
