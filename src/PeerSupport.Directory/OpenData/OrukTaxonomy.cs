namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>taxonomy</c>: one of our dimensions (gender, faith, format …) with its terms.</summary>
public sealed record OrukTaxonomy
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Version { get; init; }
    public IReadOnlyList<OrukTaxonomyTerm>? TaxonomyTerms { get; init; }
}
