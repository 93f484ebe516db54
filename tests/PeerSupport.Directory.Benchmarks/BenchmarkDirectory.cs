using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The product's core wired as the site wires it, on the benchmark's data folder. Without search
/// no listener is registered, so imports measure the database alone and leave the index to the
/// rebuild, as an operator's <c>import</c> command does.
/// </summary>
internal sealed class BenchmarkDirectory : IAsyncDisposable
{
    public static string SeedFile(string name) => Path.Combine(AppContext.BaseDirectory, "seed-data", name);

    private BenchmarkDirectory(string folder, bool withSearch, ILoggerProvider? logs)
    {
        Folder = folder;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataFolder"] = folder })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton(TimeProvider.System);
        services.AddDirectoryData(configuration, folder);
        if (withSearch)
        {
            services.AddSearch();
        }
        services.AddScoped<ListingImporter>();
        services.AddScoped<TaxonomyImporter>();
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public string Folder { get; }

    /// <param name="logs">Where the product's log goes (the benchmark discards it unless given one).</param>
    public static BenchmarkDirectory Open(string folder, bool withSearch, ILoggerProvider? logs = null) => new(folder, withSearch, logs);

    /// <summary>Migrates the SQLite file and adds the seed taxonomy, as the site does at start-up.</summary>
    public async Task PrepareAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.MigrateAsync();
        await using var taxonomy = File.OpenRead(SeedFile("taxonomy.json"));
        await scope.ServiceProvider.GetRequiredService<TaxonomyImporter>().ImportMissingAsync(taxonomy);
    }

    public static Gazetteer LoadGazetteer() => Gazetteer.Load(SeedFile("places-gb.csv"), SeedFile("place-aliases.csv"));

    public ListingSearch Search => Services.GetRequiredService<ListingSearch>();

    public ListingIndexer Indexer => Services.GetRequiredService<ListingIndexer>();

    /// <summary>As the site starts: rebuild a missing, damaged or older index, else catch it up with the database. Says which.</summary>
    public async Task<string> StartIndexAsTheSiteDoesAsync()
    {
        if (Services.GetRequiredService<SearchIndex>().NeedsRebuild)
        {
            return $"built ({await Indexer.RebuildAsync():N0} listings)";
        }
        var reconciled = await Indexer.ReconcileAsync();
        return $"reopened at its last commit and reconciled ({reconciled.Updated:N0} updated, {reconciled.Deleted:N0} removed)";
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
