using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>
/// The search form's taxonomy, kept for <see cref="CacheFor"/> (reading it on every search cost
/// about a quarter of the page). One per site: a hit touches no database, so a results page need
/// not even initialise its DbContext. A taxonomy edit's feed entry makes every node forget it
/// (<see cref="FeedFollower"/>; the editing node at once, the others within about a second).
/// </summary>
public sealed class SearchChoicesCache(TimeProvider clock) : INodeCache
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    private sealed record Entry(SearchChoices Choices, long ReadAt);

    private volatile Entry? entry;

    public async Task<SearchChoices> GetAsync(DirectoryDbContext db, CancellationToken cancellationToken = default)
    {
        if (entry is { } cached && clock.GetElapsedTime(cached.ReadAt) < CacheFor)
        {
            return cached.Choices;
        }
        var readAt = clock.GetTimestamp();
        var choices = await SearchChoices.ReadAsync(db, cancellationToken);
        entry = new Entry(choices, readAt);
        return choices;
    }

    /// <summary>Drops the cached taxonomy after a moderator changes it.</summary>
    public void Forget() => entry = null;

    string INodeCache.Kind => ListingFeedKinds.Taxonomy;

    Task INodeCache.RefreshAsync(CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }
}
