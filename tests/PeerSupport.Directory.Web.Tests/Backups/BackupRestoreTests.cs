using PeerSupport.Directory.Backups;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>`backup` and `restore` (docs/operations.md, "Backups"): a full copy of the directory database, checked table by table.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class BackupRestoreTests(FilledDirectoryApp app) : IClassFixture<FilledDirectoryApp>
{
    [Fact]
    public async Task Restore_into_a_new_sqlite_file_gives_back_every_table_row_for_row_and_column_for_column()
    {
        var empty = app.TablesAtBackup.Where(t => t.Value.Count == 0 && !BackupTable.MigrationsBookkeeping.Contains(t.Key)).Select(t => t.Key).ToList();
        Assert.True(empty.Count == 0, $"The filled directory should have a row in every table; empty: {string.Join(", ", empty)}.");

        var restored = await SqliteFile.TablesAsync(await app.RestoredDatabaseAsync());

        Assert.Equal(app.TablesAtBackup.Keys, restored.Keys);
        foreach (var (table, rows) in app.TablesAtBackup)
        {
            Assert.Equal(rows, restored[table]);
        }
    }

    [Fact]
    public async Task The_restored_site_takes_the_original_password_and_recovery_code_and_finds_the_groups_in_search()
    {
        var (site, client) = await app.SignInOnRestoredSiteAsync(app.BackupFile);
        using var _ = site;

        Assert.True(await client.IsSignedInAsync());
        Assert.True(await client.FindsGroupAsync(app.ListingName));
    }

    [Fact]
    public async Task Restore_into_a_database_that_holds_rows_is_refused_and_changes_nothing()
    {
        var before = await SqliteFile.TablesAsync(app.DatabaseFile);

        var (exit, _, error) = await app.RunCommandAsync("restore", app.BackupFile);

        Assert.Equal(2, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        Assert.Equal(before, await SqliteFile.TablesAsync(app.DatabaseFile));
    }

    [Fact]
    public async Task A_backup_with_one_row_changed_fails_verification_naming_its_table_and_restores_nothing()
    {
        var tampered = await BackupRewrite.LinesAsync(app.BackupFile, line => line.Contains(app.ListingName, StringComparison.Ordinal) && line.StartsWith('[')
            ? line.Replace(app.ListingName, "Changed by someone", StringComparison.Ordinal)
            : line);

        var (exit, _, error, database) = await app.RestoreIntoNewFolderAsync(tampered);

        Assert.Equal(2, exit);
        Assert.Contains("table Listings:", error, StringComparison.Ordinal);
        Assert.True(!File.Exists(database) || (await SqliteFile.TablesAsync(database)).Count == 0, "Nothing should be written to the target.");
    }

    [Fact]
    public async Task A_backup_whose_rows_the_database_refuses_names_the_table_and_exits_with_failure()
    {
        // Sums made to match, as a backup written by a faulty version would be: a tag link to no tag.
        var dangling = await BackupRewrite.WithSumsAsync(app.BackupFile, row: (table, index, row) => table == "ListingTag" && index == 0
            ? System.Text.RegularExpressions.Regex.Replace(row, @",\d+\]$", ",999999]")
            : row);

        var (exit, _, error, _) = await app.RestoreIntoNewFolderAsync(dangling);

        Assert.Equal(2, exit);
        Assert.Contains("Restoring table ListingTag failed", error, StringComparison.Ordinal);
        Assert.Contains("drop it, create it empty and restore again", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_at_a_schema_this_version_does_not_know_is_refused_and_writes_nothing_to_the_empty_target()
    {
        var newer = await BackupRewrite.WithSumsAsync(app.BackupFile, header: h => h["migration"] = "20991231000000_FromTheFuture");

        var (exit, _, error, database) = await app.RestoreIntoNewFolderAsync(newer);

        Assert.Equal(2, exit);
        Assert.Contains("20991231000000_FromTheFuture, which this version of the directory does not know", error, StringComparison.Ordinal);
        Assert.True(!File.Exists(database) || (await SqliteFile.TablesAsync(database)).Count == 0, "Nothing should be written to the target.");
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_with_a_message()
    {
        var file = app.BackupFile + ".txt";
        await File.WriteAllTextAsync(file, "name,summary\nNot a backup,at all\n");

        var (exit, _, error) = await app.RunCommandAsync("restore", file);

        File.Delete(file);
        Assert.Equal(2, exit);
        Assert.Contains("it is not a directory backup", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backup_carries_every_table_the_database_has_but_the_migrations_bookkeeping()
    {
        using var reader = await BackupReader.OpenAsync(app.BackupFile);
        var carried = (await reader.ReadAsync(null, null)).Select(t => t.Table).Order(StringComparer.Ordinal);

        Assert.Equal(app.TablesAtBackup.Keys.Where(t => t is not ("__EFMigrationsHistory" or "__EFMigrationsLock")), carried);
    }
}
