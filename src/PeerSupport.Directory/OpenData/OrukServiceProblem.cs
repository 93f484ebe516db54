namespace PeerSupport.Directory.OpenData;

/// <summary>A service that was read but not imported, by the publisher's id, with every reason.</summary>
public sealed record OrukServiceProblem(string ServiceId, IReadOnlyList<string> Reasons)
{
    public override string ToString() => $"service {ServiceId}: {string.Join("; ", Reasons)}";
}
