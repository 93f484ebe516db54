namespace PeerSupport.Directory.OpenData;

/// <summary>An Open Referral UK <c>cost_option</c>: free, pay what you can, or a charge (<see cref="OrukTerms.CostOption"/>).</summary>
public sealed record OrukCostOption
{
    public required Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Option { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}
