namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>taxonomy_term</c>: one of our tags, in the taxonomy of its dimension.</summary>
public sealed record OrukTaxonomyTerm
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Taxonomy { get; init; }
    public Guid? TaxonomyId { get; init; }
    public string? Term { get; init; }
}
