using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Directory.Backups;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>
/// Copies of a backup file changed line by line (the format: docs/operations.md, "Backups"), as
/// someone tampering with it, a faulty version or an older version would have written it. Each
/// copy is named <c>{backup}.{guid}.gz</c>, beside the backup, for its fixture to delete.
/// </summary>
public static class BackupRewrite
{
    /// <summary>A copy with each line passed through <paramref name="change"/> (null leaves it out) and the counts and checksums left as they were.</summary>
    public static async Task<string> LinesAsync(string backup, Func<string, string?> change)
    {
        var copy = $"{backup}.{Guid.NewGuid():N}.gz";
        using var input = new StreamReader(new GZipStream(File.OpenRead(backup), CompressionMode.Decompress));
        await using var output = new StreamWriter(new GZipStream(File.Create(copy), CompressionLevel.Fastest), new UTF8Encoding(false));
        while (await input.ReadLineAsync() is { } line)
        {
            if (change(line) is { } changed)
            {
                await output.WriteAsync(changed + "\n");
            }
        }
        return copy;
    }

    /// <summary>
    /// A copy as a version that wrote it so would have: the header changed by <paramref name="header"/>;
    /// only the tables and columns <paramref name="keeps"/> (table, column) says yes to, the columns
    /// left out of every row; each kept row passed through <paramref name="row"/> (table, its index,
    /// its line); and every table's count and checksum, on its end line and in the manifest, summed
    /// again by the product's own <see cref="TableChecksum"/>.
    /// </summary>
    public static Task<string> WithSumsAsync(string backup, Action<JsonObject>? header = null,
        Func<string, string?, bool>? keeps = null, Func<string, long, string, string>? row = null)
    {
        keeps ??= (_, _) => true;
        row ??= (_, _, line) => line;
        var manifest = new JsonArray();
        string? table = null;
        int[]? kept = null;
        TableChecksum? checksum = null;
        return LinesAsync(backup, line =>
        {
            if (line.StartsWith("{\"format\"", StringComparison.Ordinal))
            {
                var first = JsonNode.Parse(line)!.AsObject();
                header?.Invoke(first);
                return first.ToJsonString();
            }
            if (line.StartsWith("{\"table\"", StringComparison.Ordinal))
            {
                var start = JsonNode.Parse(line)!.AsObject();
                table = start["table"]!.GetValue<string>();
                if (!keeps(table, null))
                {
                    kept = null;
                    return null;
                }
                var columns = start["columns"]!.AsArray();
                kept = Enumerable.Range(0, columns.Count).Where(i => keeps(table, columns[i]!["name"]!.GetValue<string>())).ToArray();
                start["columns"] = new JsonArray(kept.Select(i => columns[i]!.DeepClone()).ToArray());
                checksum = new TableChecksum();
                return start.ToJsonString();
            }
            if (line.StartsWith('['))
            {
                if (kept is null)
                {
                    return null;
                }
                var written = row(table!, checksum!.Rows, Columns(line, kept));
                checksum.Add(Encoding.UTF8.GetBytes(written));
                return written;
            }
            if (line.StartsWith("{\"end\"", StringComparison.Ordinal))
            {
                if (kept is null)
                {
                    return null;
                }
                var sum = new JsonObject { ["table"] = table, ["rows"] = checksum!.Rows, ["sha256"] = checksum.Finish() };
                checksum.Dispose();
                manifest.Add(sum);
                return new JsonObject { ["end"] = table, ["rows"] = sum["rows"]!.DeepClone(), ["sha256"] = sum["sha256"]!.DeepClone() }.ToJsonString();
            }
            return new JsonObject { ["manifest"] = manifest }.ToJsonString();
        });
    }

    /// <summary>A row's line with only the values at <paramref name="kept"/>, written as the backup writes values (<see cref="Utf8JsonWriter"/>, no spaces).</summary>
    private static string Columns(string line, int[] kept)
    {
        using var values = JsonDocument.Parse(line);
        if (kept.Length == values.RootElement.GetArrayLength())
        {
            return line;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var i in kept)
            {
                values.RootElement[i].WriteTo(json);
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
