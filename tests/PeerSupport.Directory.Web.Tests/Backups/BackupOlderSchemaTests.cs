using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>
/// `restore` of a backup an older version of the directory took (docs/operations.md, "Backups"):
/// the target is migrated to the backup's schema, filled, and migrated on to this version's.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class BackupOlderSchemaTests(FilledDirectoryApp app) : IClassFixture<FilledDirectoryApp>
{
    /// <summary>The schema before Listings had PublicId and Source and before RecurringRuns existed.</summary>
    private const string OlderMigration = "DataProtectionKeys";

    /// <summary>
    /// At every earlier schema, not only <see cref="OlderMigration"/>: each later migration runs over
    /// the restored rows. (A later migration meant to change old values, as AccountSuspension does for
    /// a lockout that never ends, which the filled directory does not hold, would show here as a
    /// difference to look at.)
    /// </summary>
    [Theory]
    [MemberData(nameof(OlderBackup.EarlierMigrations), MemberType = typeof(OlderBackup))]
    public async Task Every_row_of_a_backup_taken_at_an_earlier_schema_is_restored_with_its_values(string migration)
    {
        var older = await app.OlderBackupAsync(migration);
        var current = await SqliteFile.ColumnsAsync(app.DatabaseAtBackup);
        Assert.True(current.Any(t => !older.Schema.TryGetValue(t.Key, out var columns) || !t.Value.SetEquals(columns)), "The older schema should lack a table or a column this version has.");
        var inBackup = await SqliteFile.TablesAsync(app.DatabaseAtBackup, older.Schema);
        Assert.All(inBackup, t => Assert.NotEmpty(t.Value));

        var restored = await SqliteFile.TablesAsync(await app.RestoredOnceAsync(older.File), older.Schema);

        foreach (var (table, rows) in inBackup)
        {
            Assert.Equal(rows, restored[table]);
        }
    }

    [Fact]
    public async Task Every_listing_restored_from_an_older_backup_gets_its_own_random_public_id_as_the_migration_that_added_it_gives()
    {
        var older = await app.OlderBackupAsync(OlderMigration);
        Assert.DoesNotContain("PublicId", older.Schema["Listings"]);
        var listings = (await SqliteFile.TablesAsync(app.DatabaseAtBackup, older.Schema))["Listings"].Count;

        var ids = await ReadAsync(await app.RestoredOnceAsync(older.File), "SELECT PublicId FROM Listings");

        Assert.True(listings > 1, "The backup should hold several listings.");
        Assert.Equal(listings, ids.Count);
        Assert.Equal(listings, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(4, Guid.Parse(id!).Version));
    }

    [Fact]
    public async Task A_table_an_older_backup_did_not_have_is_there_and_empty_after_restore()
    {
        var older = await app.OlderBackupAsync(OlderMigration);
        Assert.DoesNotContain("RecurringRuns", older.Schema.Keys);
        Assert.NotEmpty(app.TablesAtBackup["RecurringRuns"]);

        var restored = await SqliteFile.TablesAsync(await app.RestoredOnceAsync(older.File));

        Assert.Equal(app.TablesAtBackup.Keys, restored.Keys);
        Assert.Empty(restored["RecurringRuns"]);
    }

    [Fact]
    public async Task An_older_backup_is_restored_to_this_versions_schema_with_no_migration_pending()
    {
        var older = await app.OlderBackupAsync(OlderMigration);
        var database = await app.RestoredOnceAsync(older.File);

        var options = new DbContextOptionsBuilder<DirectoryDbContext>();
        DirectoryDatabase.Configure(options, new DatabaseOptions { ConnectionString = $"Data Source={database};Mode=ReadOnly;Pooling=False" }, Path.GetDirectoryName(database)!);
        await using var db = new DirectoryDbContext(options.Options, TimeProvider.System);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task An_older_backup_into_an_empty_database_already_at_this_versions_schema_is_refused_and_changes_nothing()
    {
        var older = await app.OlderBackupAsync(OlderMigration);
        var before = new SortedDictionary<string, List<string>>();

        var (exit, _, error, database) = await app.RestoreIntoNewFolderAsync(older.File, async target =>
        {
            await OlderBackup.MigrateAsync(target, migrationName: null);
            before = await SqliteFile.TablesAsync(target);
        });

        Assert.Equal(2, exit);
        Assert.Contains($"already migrated past the backup's schema ({OlderMigration})", error, StringComparison.Ordinal);
        Assert.NotEmpty(before);
        Assert.Equal(before, await SqliteFile.TablesAsync(database));
    }

    [Fact]
    public async Task The_site_on_an_older_backup_takes_the_original_password_and_recovery_code_and_finds_the_groups_in_search()
    {
        var older = await app.OlderBackupAsync(OlderMigration);

        var (site, client) = await app.SignInOnRestoredSiteAsync(older.File);
        using var _ = site;

        Assert.True(await client.IsSignedInAsync());
        Assert.True(await client.FindsGroupAsync(app.ListingName));
    }

    private static async Task<List<string?>> ReadAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string?>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }
        return values;
    }
}
