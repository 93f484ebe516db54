using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeerSupport.Directory.Data;

/// <summary>Registers the database and chooses the provider; the only provider-specific code outside the migrations.</summary>
public static class DirectoryDatabase
{
    public const string SqliteMigrationsAssembly = "PeerSupport.Directory.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "PeerSupport.Directory.Migrations.SqlServer";

    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = DatabaseOptions.Read(configuration);
        var dataFolder = Path.GetFullPath(options.DataFolder, contentRoot);
        PrivateFolder.Create(dataFolder);
        services.AddSingleton(new DataFolder(dataFolder));
        services.AddSingleton(options);
        services.AddSingleton<ListingCommitInterceptor>();
        // The options are built once, not per request: they depend only on configuration, and
        // building them on every page cost more than many pages' own database work.
        services.AddDbContext<DirectoryDbContext>((sp, builder) =>
        {
            Configure(builder, options, dataFolder);
            builder.AddInterceptors(sp.GetRequiredService<ListingCommitInterceptor>());
        }, optionsLifetime: ServiceLifetime.Singleton);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string dataFolder)
    {
        if (options.Provider == DatabaseOptions.SqlServer)
        {
            builder.UseSqlServer(options.ConnectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure());
            return;
        }
        var connectionString = options.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "directory.db")}";
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        builder.AddInterceptors(new SqlitePragmaInterceptor());
    }

    /// <summary>
    /// SQLite (the embedded default) migrates on start. SQL Server is migrated as a deploy step
    /// (docs/operations.md), so the app refuses to start against an out-of-date schema.
    /// </summary>
    public static async Task PrepareAsync(DirectoryDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogCritical("The SQL Server database lacks {Count} migrations; apply docs/operations.md's script first.", pending.Count);
            throw new InvalidOperationException($"SQL Server schema is out of date ({pending.Count} migrations pending, first {pending[0]}). See docs/operations.md.");
        }
    }
}

/// <summary>The app's data folder (SQLite file, search index, keys), as an absolute path.</summary>
public sealed record DataFolder(string Path)
{
    public string Combine(string name) => System.IO.Path.Combine(Path, name);
}
