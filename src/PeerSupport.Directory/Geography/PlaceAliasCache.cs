using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Geography;

/// <summary>The node's gazetteer as a cache of the place aliases: reloaded on every node when the feed says they changed.</summary>
public sealed class PlaceAliasCache(IServiceScopeFactory scopes) : INodeCache
{
    public string Kind => ListingFeedKinds.Places;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlaceAliasStore>().RefreshAsync(cancellationToken);
    }
}
