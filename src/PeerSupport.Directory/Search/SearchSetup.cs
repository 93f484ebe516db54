using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Search;

public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ListingIndexer>();
        services.AddSingleton<IListingChangeListener>(sp => sp.GetRequiredService<ListingIndexer>());
        services.AddSingleton<ListingSearch>();
        services.AddSingleton<FeedFollower>();
        services.AddTransient<FeedPruneJob>();
        return services;
    }
}
