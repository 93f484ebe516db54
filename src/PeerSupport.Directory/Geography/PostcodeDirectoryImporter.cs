using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Geography;

public sealed record PostcodeImportResult(
    int Rows, int Imported, int Outcodes, int Terminated, int WithoutCoordinates, int Unreadable, IReadOnlyList<int> FirstUnreadableLines);

/// <summary>
/// Imports the ONS Postcode Directory CSV (docs/operations.md): every live postcode with
/// coordinates, and each outward code's mean point. Re-importing replaces the previous directory.
///
/// Never a half-imported directory: the file is streamed line by line into StagedPostcodes in
/// batches, each batch its own short transaction (SQLite has one writer at a time, so the site's
/// own saves wait for one batch, never for the whole file), while outward-code sums build up in
/// memory (a few thousand entries). Only once the whole file has been read does one transaction
/// replace Postcodes with the staged rows (a set-based INSERT ... SELECT inside the database) and
/// Outcodes with the means. Lookups see the old directory until that commit and the new one
/// after it, never a mix; a bad file, a failure or a crash before it leaves the old directory as
/// it was, and the next import starts by emptying the staging table. Run one import at a time.
/// </summary>
public sealed class PostcodeDirectoryImporter(DirectoryDbContext db)
{
    private static readonly string[] Columns = ["pcds", "lat", "long", "doterm"];

    /// <summary>Staged rows per transaction.</summary>
    public int BatchSize { get; set; } = 10_000;

    /// <exception cref="InvalidDataException">Not an ONSPD file, a postcode listed twice, or no usable postcode at all; nothing changed.</exception>
    public async Task<PostcodeImportResult> ImportAsync(Stream csv, IProgress<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        // The final copy moves millions of rows in one statement; the default 30 seconds is for requests.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.StagedPostcodes.ExecuteDeleteAsync(cancellationToken);

        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = await reader.ReadLineAsync(cancellationToken) ?? "";
        var at = CsvFields.Find(header, Columns);
        if (at.Contains(-1))
        {
            var missing = Columns.Where((_, i) => at[i] < 0);
            throw new InvalidDataException(
                $"The file has no {string.Join(", ", missing)} column; use the ONSPD CSV (Data/ONSPD_*_UK.csv in the download). Nothing was changed.");
        }
        var (pcdsAt, latAt, longAt, dotermAt) = (at[0], at[1], at[2], at[3]);
        var lastColumn = at.Max();

        var outcodes = new Dictionary<string, (double Latitude, double Longitude, int Count)>(StringComparer.Ordinal);
        var batch = new Dictionary<string, StagedPostcode>(StringComparer.Ordinal);
        var firstUnreadable = new List<int>();
        int lineNumber = 1, rows = 0, imported = 0, terminated = 0, withoutCoordinates = 0, unreadable = 0, batchStartLine = 2;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            rows++;
            var fields = CsvFields.Split(line);
            if (fields.Length <= lastColumn || !Postcode.TryParse(fields[pcdsAt], out var postcode) || !postcode.IsFull)
            {
                Unreadable(lineNumber);
                continue;
            }
            if (fields[dotermAt].Trim().Length > 0)
            {
                terminated++;
                continue;
            }
            if (!double.TryParse(fields[latAt], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(fields[longAt], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                Unreadable(lineNumber);
                continue;
            }
            // ONSPD marks a postcode without a grid reference with latitude 99.999999.
            if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
            {
                withoutCoordinates++;
                continue;
            }
            if (!batch.TryAdd(postcode.Key, new StagedPostcode { Postcode = postcode.Key, Latitude = latitude, Longitude = longitude }))
            {
                throw new InvalidDataException($"{postcode} is listed twice (the second time on line {lineNumber}). Nothing was changed.");
            }
            imported++;
            var sum = outcodes.GetValueOrDefault(postcode.Outward);
            outcodes[postcode.Outward] = (sum.Latitude + latitude, sum.Longitude + longitude, sum.Count + 1);
            if (batch.Count >= BatchSize)
            {
                await StageAsync(batch, batchStartLine, lineNumber, cancellationToken);
                batchStartLine = lineNumber + 1;
                rowsRead?.Report(rows);
            }
        }
        await StageAsync(batch, batchStartLine, lineNumber, cancellationToken);
        rowsRead?.Report(rows);

        if (imported == 0)
        {
            throw new InvalidDataException("The file holds no live postcode with coordinates. Nothing was changed.");
        }
        await ReplaceDirectoryAsync(
            [.. outcodes.Select(o => new OutcodePoint
            {
                Outcode = o.Key,
                Latitude = o.Value.Latitude / o.Value.Count,
                Longitude = o.Value.Longitude / o.Value.Count,
                Postcodes = o.Value.Count,
            })],
            cancellationToken);
        return new PostcodeImportResult(rows, imported, outcodes.Count, terminated, withoutCoordinates, unreadable, firstUnreadable);

        void Unreadable(int lineNumber)
        {
            unreadable++;
            if (firstUnreadable.Count < 10)
            {
                firstUnreadable.Add(lineNumber);
            }
        }
    }

    private async Task StageAsync(Dictionary<string, StagedPostcode> batch, int fromLine, int toLine, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        db.StagedPostcodes.AddRange(batch.Values);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Within a batch a repeat is caught above; across batches the staging table's key catches it.
            throw new InvalidDataException($"Lines {fromLine} to {toLine} could not be staged; is a postcode listed twice? Nothing was changed.", e);
        }
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private async Task ReplaceDirectoryAsync(List<OutcodePoint> outcodes, CancellationToken cancellationToken)
    {
        var copyStaged = CopyStagedSql();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Postcodes.ExecuteDeleteAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(copyStaged, cancellationToken);
            await db.Outcodes.ExecuteDeleteAsync(cancellationToken);
            db.Outcodes.AddRange(outcodes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.Clear();
        await db.StagedPostcodes.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>INSERT INTO Postcodes (...) SELECT ... FROM StagedPostcodes, with names and quoting from the model and provider.</summary>
    private string CopyStagedSql()
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var live = db.Model.FindEntityType(typeof(PostcodePoint))!;
        var staged = db.Model.FindEntityType(typeof(StagedPostcode))!;
        string Table(IEntityType entity) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        string Columns(IEntityType entity) => string.Join(", ",
            new[] { nameof(PostcodePoint.Postcode), nameof(PostcodePoint.Latitude), nameof(PostcodePoint.Longitude) }
                .Select(name => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName())));
        return $"INSERT INTO {Table(live)} ({Columns(live)}) SELECT {Columns(staged)} FROM {Table(staged)}";
    }
}
