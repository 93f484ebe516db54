namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>organization</c>: the listing's organisation, named by its name (<see cref="Listings.PublicIds.Organisation"/>).</summary>
public sealed record OrukOrganization(Guid Id, string Name, string Description);
