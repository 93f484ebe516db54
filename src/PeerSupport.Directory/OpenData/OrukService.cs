namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>service</c> (HSDS-UK 3.0 <c>compiled/service.json</c>); null fields and lists are left out.</summary>
public sealed record OrukService
{
    public required Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? AssuredDate { get; init; }
    public string? LastModified { get; init; }
    public OrukOrganization? Organization { get; init; }
    public IReadOnlyList<OrukSchedule>? Schedules { get; init; }
    public IReadOnlyList<OrukServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<OrukServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<OrukLanguage>? Languages { get; init; }
    public IReadOnlyList<OrukCostOption>? CostOptions { get; init; }
    public IReadOnlyList<OrukContact>? Contacts { get; init; }
    public IReadOnlyList<OrukAttribute>? Attributes { get; init; }
}
