namespace PeerSupport.Directory.Search;

/// <summary>
/// Something each node keeps in memory that feed entries of one kind make stale (the search
/// form's taxonomy, the gazetteer's place aliases). <see cref="FeedFollower"/> refreshes it on
/// every node, the one that made the change included.
/// </summary>
public interface INodeCache
{
    /// <summary>The <see cref="Data.ListingFeedKinds"/> value that makes this cache stale.</summary>
    string Kind { get; }

    Task RefreshAsync(CancellationToken cancellationToken);
}
