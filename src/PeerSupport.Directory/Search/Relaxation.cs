namespace PeerSupport.Directory.Search;

/// <summary>A way to get results when there are none: what to relax and how many it would give.</summary>
public sealed record Relaxation(RelaxationKind Kind, string? Value, int Count);
