using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// Restores a backup into an empty database of either provider: checks the whole file first,
/// refuses a target holding any row, migrates it to the backup's schema, inserts every table in
/// the file's order (principals first) keeping primary keys, in one transaction per batch, then
/// recounts and re-sums every table from the target and compares with the manifest, and last
/// migrates on to this version's schema. Any refusal changes nothing.
/// </summary>
public sealed class DirectoryRestore(DirectoryDbContext db)
{
    private const int BatchRows = 5000;
    private readonly Dictionary<string, BackupTable> restoredTables = new(StringComparer.Ordinal);
    private string currentTable = "";

    public async Task<RestoreResult> RestoreAsync(string file, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<TableSum> manifest;
        BackupHeader header;
        using (var check = await BackupReader.OpenAsync(file, cancellationToken))
        {
            header = check.Header;
            manifest = await check.ReadAsync(null, null, cancellationToken);
        }
        var migrations = db.Database.GetMigrations().ToList();
        var at = migrations.FindIndex(m => BackupHeader.MigrationName(m) == BackupHeader.MigrationName(header.Migration));
        if (at < 0)
        {
            throw new BackupRefusedException($"The backup was taken at schema {header.Migration}, which this version of the directory does not know (a newer version took it). Restore it with that version or a later one.");
        }
        var sql = new BackupSql(db.Database.IsSqlServer());
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var holding = await TablesWithRowsAsync(connection, sql, cancellationToken);
            if (holding.Count > 0)
            {
                throw new BackupRefusedException($"The target database is not empty ({string.Join(", ", holding.Take(5))}{(holding.Count > 5 ? ", ..." : "")} hold rows); restore only into a new, empty database. Nothing was changed.");
            }
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            if (applied.Any(m => migrations.IndexOf(m) > at))
            {
                throw new BackupRefusedException($"The target database is already migrated past the backup's schema ({BackupHeader.MigrationName(header.Migration)}); restore into a new database, which restore migrates itself. Nothing was changed.");
            }
            await db.GetService<IMigrator>().MigrateAsync(migrations[at], cancellationToken);
            try
            {
                await InsertAsync(connection, sql, file, cancellationToken);
            }
            catch (Exception e) when (e is DbException or InvalidDataException or FormatException)
            {
                // The file's checksums held, so this is a database refusing a row (or a value this version cannot read).
                throw new BackupRefusedException($"Restoring table {currentTable} failed: {e.Message} The target now holds part of the backup: drop it, create it empty and restore again.");
            }
            foreach (var expected in manifest)
            {
                var table = restoredTables[expected.Table];
                var found = await TableChecksum.ReadAsync(connection, null, sql, table, null, cancellationToken);
                if (found != expected)
                {
                    return new RestoreResult(header, manifest, Mismatch: found.Rows != expected.Rows
                        ? $"table {expected.Table}: {found.Rows} rows in the database, {expected.Rows} in the backup"
                        : $"table {expected.Table}: its rows in the database differ from the backup's (checksum)");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(cancellationToken);
        return new RestoreResult(header, manifest, Mismatch: null);
    }

    private async Task InsertAsync(DbConnection connection, BackupSql sql, string file, CancellationToken cancellationToken)
    {
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        DbCommand? insert = null;
        DbTransaction? transaction = null;
        RelationalTypeMapping[] columns = [];
        var inBatch = 0;
        using var reader = await BackupReader.OpenAsync(file, cancellationToken);
        await reader.ReadAsync(
            async table =>
            {
                await FinishTableAsync();
                restoredTables[table.Name] = table;
                columns = table.Columns.Select(c => mappings.FindMapping(ValueKinds.ClrType(c.Kind))
                    ?? throw new InvalidOperationException($"No {c.Kind} type mapping for {table.Name}.{c.Name}.")).ToArray();
                insert = connection.CreateCommand();
                insert.CommandText = sql.Insert(table);
                for (var i = 0; i < columns.Length; i++)
                {
                    insert.Parameters.Add(columns[i].CreateParameter(insert, $"@p{i}", null, nullable: true));
                }
                if (sql.IdentityInsert(table.Name, on: true) is { } identityOn)
                {
                    await BackupSql.ScalarAsync(connection, null, identityOn, cancellationToken);
                }
                currentTable = table.Name;
            },
            async (table, values) =>
            {
                if (transaction is null)
                {
                    transaction = await connection.BeginTransactionAsync(cancellationToken);
                    insert!.Transaction = transaction;
                }
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = ValueKinds.Read(values[i], table.Columns[i].Kind);
                    if (value is not null && columns[i].Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }
                    insert!.Parameters[i].Value = value ?? DBNull.Value;
                }
                await insert!.ExecuteNonQueryAsync(cancellationToken);
                if (++inBatch == BatchRows)
                {
                    await CommitAsync();
                }
            },
            cancellationToken);
        await FinishTableAsync();

        async Task CommitAsync()
        {
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
                transaction = null;
            }
            inBatch = 0;
        }

        async Task FinishTableAsync()
        {
            await CommitAsync();
            if (insert is not null)
            {
                await insert.DisposeAsync();
                insert = null;
                if (sql.IdentityInsert(currentTable, on: false) is { } identityOff)
                {
                    await BackupSql.ScalarAsync(connection, null, identityOff, cancellationToken);
                }
            }
        }
    }

    /// <summary>Every table of the database's own list (not the model's) holding a row, leaving out the migrations' bookkeeping.</summary>
    private static async Task<List<string>> TablesWithRowsAsync(DbConnection connection, BackupSql sql, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = sql.SqlServer
                ? "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = SCHEMA_NAME()"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }
        var holding = new List<string>();
        foreach (var name in names.Where(n => !BackupTable.MigrationsBookkeeping.Contains(n)).Order(StringComparer.Ordinal))
        {
            if (await BackupSql.ScalarAsync(connection, null, sql.Count(name), cancellationToken) > 0)
            {
                holding.Add(name);
            }
        }
        return holding;
    }
}

/// <summary>What a restore did: the backup's header and manifest, and the first table that did not verify (null when all did).</summary>
public sealed record RestoreResult(BackupHeader Header, IReadOnlyList<TableSum> Manifest, string? Mismatch);
