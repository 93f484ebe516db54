using Lucene.Net.Store;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>`reindex`: rebuilds the search index from the database into a fresh folder and swaps it in.</summary>
public sealed class ReindexCommand : Command
{
    public override void Configure(IServiceCollection services)
    {
        // Unlike the other commands, this one owns the index.
    }

    public override async Task<int> RunAsync(IServiceProvider services)
    {
        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        try
        {
            var count = await services.GetRequiredService<ListingIndexer>().RebuildAsync();
            services.GetRequiredService<SearchIndex>().Dispose();
            Console.WriteLine($"Search index rebuilt: {count} published listings.");
            return Commands.Ok;
        }
        catch (LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync("The site is running and holds the search index. Stop it and run reindex again, or restart the site: it reconciles the index at start-up.");
            return Commands.Failed;
        }
    }
}
