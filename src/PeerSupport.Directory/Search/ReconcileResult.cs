namespace PeerSupport.Directory.Search;

/// <summary>What a reconcile changed: documents written again and documents removed.</summary>
public sealed record ReconcileResult(int Updated, int Deleted);
