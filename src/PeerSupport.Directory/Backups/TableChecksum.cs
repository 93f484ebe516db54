using System.Buffers;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// A table's row count and SHA-256 over its rows' canonical lines (<see cref="ValueKinds"/>, one
/// JSON array and a newline per row, in key order). The same sum is taken when a backup is written,
/// when a restore checks the file and when it checks the database it filled.
/// </summary>
public sealed class TableChecksum : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Rows { get; private set; }

    public void Add(ReadOnlySpan<byte> canonicalRow)
    {
        hash.AppendData(canonicalRow);
        hash.AppendData(NewLine);
        Rows++;
    }

    public string Finish() => Convert.ToHexStringLower(hash.GetHashAndReset());

    public void Dispose() => hash.Dispose();

    /// <summary>
    /// Reads <paramref name="table"/> from the database in key order, one canonical line at a time
    /// (never the whole table in memory), handing each to <paramref name="row"/>; returns the count and sum.
    /// </summary>
    public static async Task<TableSum> ReadAsync(DbConnection connection, DbTransaction? transaction, BackupSql sql, BackupTable table,
        Func<ReadOnlyMemory<byte>, Task>? row, CancellationToken cancellationToken)
    {
        using var checksum = new TableChecksum();
        var buffer = new ArrayBufferWriter<byte>(1024);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.SelectInKeyOrder(table);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            buffer.ResetWrittenCount();
            await using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartArray();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    ValueKinds.Write(json, reader, i, table.Columns[i].Kind);
                }
                json.WriteEndArray();
            }
            checksum.Add(buffer.WrittenSpan);
            if (row is not null)
            {
                await row(buffer.WrittenMemory);
            }
        }
        return new TableSum(table.Name, checksum.Rows, checksum.Finish());
    }
}

/// <summary>What the manifest says of one table, and what a restore recomputes to compare.</summary>
public sealed record TableSum(string Table, long Rows, string Sha256);
