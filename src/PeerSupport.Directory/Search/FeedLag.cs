namespace PeerSupport.Directory.Search;

/// <summary>
/// How far this node's index is behind the database: feed entries written but not yet covered
/// by its watermark, and how long ago the oldest of them was saved (null when caught up).
/// </summary>
public sealed record FeedLag(long Entries, TimeSpan? OldestUnapplied);
