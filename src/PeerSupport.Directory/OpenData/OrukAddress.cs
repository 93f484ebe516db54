namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>address</c>; every field but <see cref="Attention"/> is required by the standard.</summary>
public sealed record OrukAddress
{
    public required Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Attention { get; init; }
    // The naming policy would write "address1".
    [System.Text.Json.Serialization.JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}
