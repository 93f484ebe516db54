using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Tests;

/// <summary>
/// The product's core wired as the site wires it, on a real SQLite file and a real Lucene index
/// in a fresh temporary folder, with the seed taxonomy and a fake clock.
/// </summary>
public sealed class TestDirectory : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "psd-core-tests", Guid.NewGuid().ToString("N"));
    public FakeTimeProvider Clock { get; } = new(Now);
    public ServiceProvider Services { get; }

    private TestDirectory(bool withIndex)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataFolder"] = Folder })
            .Build();
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
        services.AddScoped<TaxonomyImporter>();
        Services = services.BuildServiceProvider();
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
