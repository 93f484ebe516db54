using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// Takes a full backup of the directory database: every table of the model (<see cref="BackupTable.FromModel"/>)
/// with every column, from one consistent moment of a live site. SQLite: <c>VACUUM INTO</c> copies
/// the database to a snapshot file under one read transaction (writers carry on: WAL), and the
/// backup reads that. SQL Server: one snapshot-isolation transaction, which readers and writers do
/// not wait for (the database must allow snapshot isolation; docs/operations.md).
/// </summary>
public sealed class DirectoryBackup(DirectoryDbContext db, TimeProvider clock)
{
    /// <summary>Writes the backup to <paramref name="output"/>; <paramref name="scratchFile"/> holds the SQLite snapshot meanwhile and is deleted.</summary>
    public async Task<IReadOnlyList<TableSum>> WriteAsync(Stream output, string scratchFile, CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new BackupRefusedException("The database lacks migrations this version of the directory has; migrate it first (docs/operations.md).");
        }
        var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault()
            ?? throw new BackupRefusedException("The database has no schema yet; there is nothing to back up.");
        var tables = BackupTable.FromModel(db);
        var sqlServer = db.Database.IsSqlServer();
        var header = new BackupHeader(BackupHeader.ThisFormat, BackupHeader.ThisVersion, migration, clock.GetUtcNow().UtcDateTime,
            sqlServer ? DatabaseOptions.SqlServer : DatabaseOptions.Sqlite);
        if (sqlServer)
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                if (await BackupSql.ScalarAsync(connection, null, "SELECT snapshot_isolation_state FROM sys.databases WHERE name = DB_NAME()", cancellationToken) != 1)
                {
                    throw new BackupRefusedException("SQL Server must allow snapshot isolation for a consistent backup of a live site: ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON (docs/operations.md).");
                }
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Snapshot, cancellationToken);
                return await WriteTablesAsync(connection, transaction, new BackupSql(SqlServer: true), tables, header, output, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        File.Delete(scratchFile);
        try
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {scratchFile}", cancellationToken);
            await using var snapshot = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = scratchFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await snapshot.OpenAsync(cancellationToken);
            return await WriteTablesAsync(snapshot, null, new BackupSql(SqlServer: false), tables, header, output, cancellationToken);
        }
        finally
        {
            File.Delete(scratchFile);
        }
    }

    private static async Task<IReadOnlyList<TableSum>> WriteTablesAsync(DbConnection connection, DbTransaction? transaction, BackupSql sql,
        IReadOnlyList<BackupTable> tables, BackupHeader header, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new BackupWriter(output, header);
        foreach (var table in tables)
        {
            writer.StartTable(table);
            writer.EndTable(await TableChecksum.ReadAsync(connection, transaction, sql, table, writer.RowAsync, cancellationToken));
        }
        return writer.Manifest;
    }
}

/// <summary>A backup or restore that cannot go ahead; its message says why and what to do, for the operator.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
