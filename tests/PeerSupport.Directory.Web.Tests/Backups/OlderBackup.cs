using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PeerSupport.Directory.Backups;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>
/// A backup as the version of the directory whose last migration was <see cref="Migration"/> would
/// have written it: a real backup with that migration in its header, and only the tables and columns
/// that schema had (<see cref="Schema"/>, read from a scratch SQLite file that EF's own migrator took
/// only up to that migration), with every count and checksum summed again (<see cref="BackupRewrite"/>).
/// </summary>
public sealed record OlderBackup(string File, string Migration, IReadOnlyDictionary<string, IReadOnlySet<string>> Schema)
{
    /// <summary><paramref name="backup"/> as the version at the migration named <paramref name="migrationName"/> (without its timestamp) would have written it.</summary>
    public static async Task<OlderBackup> WriteAsync(string backup, string migrationName)
    {
        var (migration, schema) = await SchemaAtAsync(migrationName);
        var file = await BackupRewrite.WithSumsAsync(backup,
            header: h => h["migration"] = migration,
            keeps: (table, column) => schema.TryGetValue(table, out var columns) && (column is null || columns.Contains(column)));
        return new OlderBackup(file, migration, schema);
    }

    /// <summary>Every migration before this version's last, by name without its timestamp, oldest first: each a schema an older version may have taken a backup at.</summary>
    public static TheoryData<string> EarlierMigrations()
    {
        using var db = Context(Path.Combine(Path.GetTempPath(), "never-opened.db"));
        return new TheoryData<string>(db.Database.GetMigrations().SkipLast(1).Select(BackupHeader.MigrationName));
    }

    /// <summary>Migrates the SQLite <paramref name="file"/> (made when missing) by EF's own migrator up to the migration named <paramref name="migrationName"/>, or to this version's last when null; that migration's full id.</summary>
    public static async Task<string> MigrateAsync(string file, string? migrationName)
    {
        await using var db = Context(file);
        var migration = db.Database.GetMigrations().Single(m => migrationName is null ? m == db.Database.GetMigrations().Last() : BackupHeader.MigrationName(m) == migrationName);
        await db.GetService<IMigrator>().MigrateAsync(migration);
        return migration;
    }

    private static DirectoryDbContext Context(string file)
    {
        var options = new DbContextOptionsBuilder<DirectoryDbContext>();
        DirectoryDatabase.Configure(options, new DatabaseOptions { ConnectionString = $"Data Source={file};Pooling=False" }, Path.GetDirectoryName(file)!);
        return new DirectoryDbContext(options.Options, TimeProvider.System);
    }

    /// <summary>The migration's full id and the tables (the migrations' bookkeeping left out) and columns a SQLite database migrated only up to it has.</summary>
    private static async Task<(string Migration, IReadOnlyDictionary<string, IReadOnlySet<string>> Schema)> SchemaAtAsync(string migrationName)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "psd-tests", $"schema-{Guid.NewGuid():N}.db");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(scratch)!);
        try
        {
            var migration = await MigrateAsync(scratch, migrationName);
            var schema = (await SqliteFile.ColumnsAsync(scratch))
                .Where(t => !BackupTable.MigrationsBookkeeping.Contains(t.Key))
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            return (migration, schema);
        }
        finally
        {
            foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm" })
            {
                System.IO.File.Delete(file);
            }
        }
    }
}
