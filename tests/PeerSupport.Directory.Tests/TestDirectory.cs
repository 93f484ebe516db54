using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Tests;

/// <summary>
/// The product's core wired as the site wires it, on a real SQLite file and a real Lucene index
/// in a fresh temporary folder, with the seed taxonomy and a fake clock. A second node
/// (<see cref="CreateNodeAsync"/>) has its own folder and index over the first one's database.
/// </summary>
public sealed class TestDirectory : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "psd-core-tests", Guid.NewGuid().ToString("N"));
    public FakeTimeProvider Clock { get; } = new(Now);
    public ServiceProvider Services { get; private set; }

    private readonly bool withIndex;
    private readonly TestDirectory? databaseOf;

    private TestDirectory(bool withIndex, TestDirectory? databaseOf = null)
    {
        this.withIndex = withIndex;
        this.databaseOf = databaseOf;
        Services = Compose();
    }

    private ServiceProvider Compose()
    {
        var settings = new Dictionary<string, string?> { ["Database:DataFolder"] = Folder };
        if (databaseOf is not null)
        {
            settings["Database:ConnectionString"] = $"Data Source={Path.Combine(databaseOf.Folder, "directory.db")}";
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDirectoryData(configuration, Path.GetTempPath());
        if (withIndex)
        {
            services.AddSearch();
        }
        services.AddSingleton<PeerSupport.Directory.Mail.OutboxSignal>();
        services.AddScoped<ListingImporter>();
        services.AddScoped<ListingExporter>();
        services.AddScoped<OrukImporter>();
        services.AddScoped<TaxonomyImporter>();
        foreach (var cache in NodeCaches)
        {
            services.AddSingleton<INodeCache>(cache);
        }
        return services.BuildServiceProvider();
    }

    /// <summary>Caches this node keeps in memory besides the index (none unless a test adds one before <see cref="RestartAsync"/>).</summary>
    public List<INodeCache> NodeCaches { get; } = [];

    /// <summary>Another node: its own folder and search index, this directory's database.</summary>
    public async Task<TestDirectory> CreateNodeAsync()
    {
        var node = new TestDirectory(withIndex: true, databaseOf: this);
        await node.Follower.StartAsync();
        return node;
    }

    /// <summary>Stops this node's services and starts them again on the same folder, as a restarted process would.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Services = Compose();
    }

    public static async Task<TestDirectory> CreateAsync(bool withIndex = true)
    {
        var directory = new TestDirectory(withIndex);
        await using var scope = directory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.MigrateAsync();
        await using var taxonomy = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seed-data", "taxonomy.json"));
        await scope.ServiceProvider.GetRequiredService<TaxonomyImporter>().ImportMissingAsync(taxonomy);
        return directory;
    }

    public SearchIndex Index => Services.GetRequiredService<SearchIndex>();
    public ListingSearch Search => Services.GetRequiredService<ListingSearch>();
    public ListingIndexer Indexer => Services.GetRequiredService<ListingIndexer>();
    public FeedFollower Follower => Services.GetRequiredService<FeedFollower>();

    /// <summary>A fresh context, as a new request would get.</summary>
    public DirectoryDbContext NewContext() => Services.CreateScope().ServiceProvider.GetRequiredService<DirectoryDbContext>();

    public async Task<ImportResult> ImportAsync(params ListingRecord[] records) =>
        await ImportJsonAsync(JsonSerializer.Serialize(new ListingFile { Listings = [.. records] }, ListingFile.Json));

    public async Task<ImportResult> ImportJsonAsync(string json)
    {
        await using var scope = Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await scope.ServiceProvider.GetRequiredService<ListingImporter>().ImportAsync(stream);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fails a test.
        }
    }
}
