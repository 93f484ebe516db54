using System.Data.Common;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// The little SQL a backup and a restore write by hand, for the two providers. Keys are ordered
/// the same way on both (text by code point, Guids as their text), so a table's checksum over
/// its rows in key order is the same on SQLite and on SQL Server.
/// </summary>
public sealed record BackupSql(bool SqlServer)
{
    public string Quote(string name) => SqlServer ? $"[{name.Replace("]", "]]", StringComparison.Ordinal)}]" : $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public string SelectInKeyOrder(BackupTable table) =>
        $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)} ORDER BY {string.Join(", ", table.Key.Select(k => OrderBy(table, k)))}";

    public string Count(string table) => $"SELECT COUNT(*) FROM {Quote(table)}";

    public string Insert(BackupTable table) =>
        $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";

    /// <summary>SQL Server refuses explicit values for an identity column unless told, one table at a time.</summary>
    public string? IdentityInsert(string table, bool on) =>
        SqlServer ? $"IF OBJECTPROPERTY(OBJECT_ID(N'{Quote(table).Replace("'", "''", StringComparison.Ordinal)}'), 'TableHasIdentity') = 1 SET IDENTITY_INSERT {Quote(table)} {(on ? "ON" : "OFF")}" : null;

    private string OrderBy(BackupTable table, string key)
    {
        var kind = table.Columns.Single(c => c.Name == key).Kind;
        return (SqlServer, kind) switch
        {
            (true, ValueKind.Text) => $"{Quote(key)} COLLATE Latin1_General_BIN2",
            (true, ValueKind.Uuid) => $"CONVERT(char(36), {Quote(key)})",
            (false, ValueKind.Uuid) => $"upper({Quote(key)})",
            _ => Quote(key),
        };
    }

    public static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
