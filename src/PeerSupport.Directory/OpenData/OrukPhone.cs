namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>phone</c> (<c>phone.json</c>) of a contact.</summary>
public sealed record OrukPhone
{
    public required Guid Id { get; init; }
    public Guid? ContactId { get; init; }
    public required string Number { get; init; }
    public string? Description { get; init; }
}
