using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.OpenData;

/// <summary>A service description taken apart into our fields (<see cref="OrukTerms.ReadDescription"/>); null where it says nothing.</summary>
public sealed record DescriptionReading(string? Summary, string? Description)
{
    public string? WhoFor { get; init; }
    public string? Eligibility { get; init; }
    public string? FirstVisit { get; init; }
    public JoinBy? JoinBy { get; init; }
    public RunBy? RunBy { get; init; }
    public HostType? HostType { get; init; }
}
