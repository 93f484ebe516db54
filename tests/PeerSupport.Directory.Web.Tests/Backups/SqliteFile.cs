using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>
/// A SQLite file read as SQLite itself lists and stores it (not through the app's model or the
/// backup's code): every table, every column, every row as stored value and storage class.
/// </summary>
public static class SqliteFile
{
    /// <summary>
    /// Each table's rows ("table | column=class:value | ..."), in the order of all their columns;
    /// sqlite_sequence left out (a restore does not carry the ids deleted rows used). With
    /// <paramref name="only"/>, only those tables and of each only those columns (an older schema's).
    /// </summary>
    public static async Task<SortedDictionary<string, List<string>>> TablesAsync(string file, IReadOnlyDictionary<string, IReadOnlySet<string>>? only = null)
    {
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(file);
        foreach (var name in (await NamesAsync(connection)).Where(n => only is null || only.ContainsKey(n)))
        {
            var rows = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {(only is null ? "*" : string.Join(", ", only[name].Order(StringComparer.Ordinal).Select(c => $"\"{c}\"")))} FROM \"{name}\"";
            int columns;
            await using (var probe = await command.ExecuteReaderAsync())
            {
                columns = probe.FieldCount;
            }
            command.CommandText += $" ORDER BY {string.Join(", ", Enumerable.Range(1, columns))}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Stored(reader.GetValue(i))}").Prepend(name)));
            }
            tables[name] = rows;
        }
        return tables;
    }

    /// <summary>Every table (sqlite_sequence left out) with the names of its columns, as the file's schema has them.</summary>
    public static async Task<Dictionary<string, IReadOnlySet<string>>> ColumnsAsync(string file)
    {
        var schema = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(file);
        foreach (var name in await NamesAsync(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info($table)";
            command.Parameters.AddWithValue("$table", name);
            var columns = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
            schema[name] = columns;
        }
        return schema;
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<string>> NamesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static string Stored(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => "BLOB:" + Convert.ToBase64String(bytes),
        double real => "REAL:" + real.ToString("R", CultureInfo.InvariantCulture),
        long integer => "INTEGER:" + integer.ToString(CultureInfo.InvariantCulture),
        string text => "TEXT:" + text,
        _ => throw new InvalidOperationException($"SQLite gave a {value.GetType()}."),
    };
}
