using System.IO.Compression;
using System.Text.Json;

namespace PeerSupport.Directory.Backups;

/// <summary>
/// Writes the backup file: gzip'd JSON lines, a header, then per table a line naming its columns,
/// its rows (one JSON array each) and a line with its count and checksum; last, the manifest of
/// every table's count and checksum (docs/operations.md, "Backups").
/// </summary>
public sealed class BackupWriter : IAsyncDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly GZipStream gzip;
    private readonly List<TableSum> manifest = [];

    public BackupWriter(Stream output, BackupHeader header)
    {
        gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        Line(JsonSerializer.SerializeToUtf8Bytes(header, BackupJson.Options));
    }

    public void StartTable(BackupTable table) =>
        Line(JsonSerializer.SerializeToUtf8Bytes(new TableStart(table.Name, table.Columns, table.Key), BackupJson.Options));

    public async Task RowAsync(ReadOnlyMemory<byte> canonicalRow)
    {
        await gzip.WriteAsync(canonicalRow);
        await gzip.WriteAsync(NewLine);
    }

    public void EndTable(TableSum sum)
    {
        manifest.Add(sum);
        Line(JsonSerializer.SerializeToUtf8Bytes(new TableEnd(sum.Table, sum.Rows, sum.Sha256), BackupJson.Options));
    }

    public IReadOnlyList<TableSum> Manifest => manifest;

    public async ValueTask DisposeAsync()
    {
        Line(JsonSerializer.SerializeToUtf8Bytes(new ManifestLine(manifest), BackupJson.Options));
        await gzip.DisposeAsync();
    }

    private void Line(byte[] json)
    {
        gzip.Write(json);
        gzip.Write(NewLine);
    }
}

internal sealed record TableStart(string Table, IReadOnlyList<BackupColumn> Columns, IReadOnlyList<string> Key);

internal sealed record TableEnd(string End, long Rows, string Sha256);

internal sealed record ManifestLine(IReadOnlyList<TableSum> Manifest);

internal static class BackupJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
