namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>attribute</c>: a link from a service to one of our local taxonomy's terms.</summary>
public sealed record OrukAttribute(Guid Id, Guid LinkId, string LinkType, Guid TaxonomyTermId, OrukTaxonomyTerm TaxonomyTerm);
