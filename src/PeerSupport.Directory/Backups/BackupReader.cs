using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// Reads a backup file line by line (never a whole table in memory), checking as it goes that
/// every table's rows match the count and checksum written after them and that the manifest at
/// the end lists exactly those tables. A file that is not a backup, is cut short or was changed
/// throws <see cref="InvalidDataException"/> naming the table.
/// </summary>
public sealed class BackupReader : IDisposable
{
    private readonly StreamReader lines;
    private long lineNumber = 1;

    private BackupReader(StreamReader lines, BackupHeader header)
    {
        this.lines = lines;
        Header = header;
    }

    public BackupHeader Header { get; }

    public static async Task<BackupReader> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var lines = new StreamReader(new GZipStream(file, CompressionMode.Decompress), new UTF8Encoding(false, throwOnInvalidBytes: true));
        BackupHeader? header;
        try
        {
            var first = await lines.ReadLineAsync(cancellationToken);
            header = first is null ? null : JsonSerializer.Deserialize<BackupHeader>(first, BackupJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or DecoderFallbackException)
        {
            header = null;
        }
        if (header?.Format != BackupHeader.ThisFormat)
        {
            lines.Dispose();
            throw new InvalidDataException("it is not a directory backup (not gzip'd JSON lines starting with a backup header).");
        }
        if (header.Version > BackupHeader.ThisVersion)
        {
            lines.Dispose();
            throw new InvalidDataException($"it is a version {header.Version} backup; this version of the directory reads up to version {BackupHeader.ThisVersion}.");
        }
        return new BackupReader(lines, header);
    }

    /// <summary>
    /// Walks every table: <paramref name="table"/> before its rows, <paramref name="row"/> for each
    /// (its values in column order), and returns the manifest once the whole file has been checked.
    /// </summary>
    public async Task<IReadOnlyList<TableSum>> ReadAsync(Func<BackupTable, Task>? table, Func<BackupTable, JsonElement, Task>? row, CancellationToken cancellationToken = default)
    {
        var sums = new List<TableSum>();
        try
        {
            while (await NextAsync(cancellationToken) is { } line)
            {
                using var start = JsonDocument.Parse(line);
                if (start.RootElement.TryGetProperty("manifest", out _))
                {
                    var manifest = JsonSerializer.Deserialize<ManifestLine>(line, BackupJson.Options)!.Manifest;
                    if (!manifest.SequenceEqual(sums))
                    {
                        var differs = manifest.Concat(sums).Except(manifest.Intersect(sums)).Select(s => s.Table).First();
                        throw new InvalidDataException($"table {differs}: its rows or checksum do not match the manifest.");
                    }
                    if (await NextAsync(cancellationToken) is not null)
                    {
                        throw new InvalidDataException($"line {lineNumber}: more follows the manifest.");
                    }
                    return manifest;
                }
                var described = JsonSerializer.Deserialize<TableStart>(line, BackupJson.Options);
                if (described?.Table is null || described.Columns is null || described.Key is null)
                {
                    throw new InvalidDataException($"line {lineNumber}: expected the start of a table.");
                }
                var current = new BackupTable(described.Table, described.Columns, described.Key);
                sums.Add(await ReadTableAsync(current, table, row, cancellationToken));
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"line {lineNumber} is not readable JSON ({e.Message}).", e);
        }
        throw new InvalidDataException("it ends before its manifest (cut short?).");
    }

    private async Task<TableSum> ReadTableAsync(BackupTable current, Func<BackupTable, Task>? table, Func<BackupTable, JsonElement, Task>? row, CancellationToken cancellationToken)
    {
        if (table is not null)
        {
            await table(current);
        }
        using var checksum = new TableChecksum();
        while (await NextAsync(cancellationToken) is { } line)
        {
            if (!line.StartsWith('['))
            {
                var end = JsonSerializer.Deserialize<TableEnd>(line, BackupJson.Options);
                var sum = new TableSum(current.Name, checksum.Rows, checksum.Finish());
                if (end?.End != current.Name || end.Rows != sum.Rows || end.Sha256 != sum.Sha256)
                {
                    throw new InvalidDataException($"table {current.Name}: its rows do not match their count and checksum (the file was changed or damaged).");
                }
                return sum;
            }
            checksum.Add(Encoding.UTF8.GetBytes(line));
            if (row is not null)
            {
                using var values = JsonDocument.Parse(line);
                if (values.RootElement.GetArrayLength() != current.Columns.Count)
                {
                    throw new InvalidDataException($"table {current.Name}, line {lineNumber}: {values.RootElement.GetArrayLength()} values for {current.Columns.Count} columns.");
                }
                await row(current, values.RootElement);
            }
        }
        throw new InvalidDataException($"table {current.Name}: the file ends inside it (cut short?).");
    }

    private async Task<string?> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            var line = await lines.ReadLineAsync(cancellationToken);
            lineNumber++;
            return line;
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            throw new InvalidDataException($"line {lineNumber}: the file is damaged ({e.Message}).", e);
        }
    }

    public void Dispose() => lines.Dispose();
}
