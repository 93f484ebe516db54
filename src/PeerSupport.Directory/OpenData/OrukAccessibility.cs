namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>accessibility</c> entry of a location: the venue's access in words.</summary>
public sealed record OrukAccessibility(Guid Id, Guid LocationId, string Description);
