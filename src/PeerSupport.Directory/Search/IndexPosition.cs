namespace PeerSupport.Directory.Search;

/// <summary>Where an index stands: its generation (folder) and the feed sequence its changes reach.</summary>
public sealed record IndexPosition(string Generation, long? Watermark);
