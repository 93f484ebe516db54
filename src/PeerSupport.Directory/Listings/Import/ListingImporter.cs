using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Listings.Import;

public sealed record ImportProblem(int Position, string? ExternalId, IReadOnlyList<string> Reasons)
{
    public override string ToString() =>
        $"record {Position}{(ExternalId is null ? "" : $" ({ExternalId})")}: {string.Join("; ", Reasons)}";
}

public sealed record ImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Rejected);

/// <summary>
/// Imports listings from the documented JSON format (docs/import-format.md). Every record is
/// checked first; invalid ones are reported and left out whole; the valid ones are saved in
/// one transaction. Idempotent by external id: an unchanged record writes nothing.
/// </summary>
public sealed class ListingImporter(DirectoryDbContext db, TimeProvider clock, ILogger<ListingImporter>? logger = null)
{
    /// <exception cref="JsonException">The file is not JSON of the documented shape at all.</exception>
    public async Task<ImportResult> ImportAsync(Stream json, CancellationToken cancellationToken = default)
    {
        using var document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
        if (!document.RootElement.TryGetProperty("listings", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The file must be a JSON object with a \"listings\" array (docs/import-format.md).");
        }

        var records = new List<(ListingRecord? Record, string? Unreadable)>();
        foreach (var element in array.EnumerateArray())
        {
            try
            {
                records.Add(element.Deserialize<ListingRecord>(ListingFile.Json) is { } record ? (record, null) : (null, "empty record"));
            }
            catch (JsonException e)
            {
                records.Add((null, $"not a listing record: {e.Message}"));
            }
        }
        return await ImportAsync(records, ImportOptions.File, cancellationToken);
    }

    /// <summary>
    /// Imports records read from elsewhere (an Open Referral UK feed), with the same checks, history and
    /// idempotency as a file; <paramref name="options"/> say where they came from and whether they wait for review.
    /// </summary>
    public Task<ImportResult> ImportAsync(IReadOnlyList<ListingRecord> records, ImportOptions options, CancellationToken cancellationToken = default) =>
        ImportAsync(records.Select(r => ((ListingRecord?)r, (string?)null)).ToList(), options, cancellationToken);

    private async Task<ImportResult> ImportAsync(List<(ListingRecord? Record, string? Unreadable)> records, ImportOptions options, CancellationToken cancellationToken)
    {
        var knownTags = await db.TaxonomyTags.ToDictionaryAsync(t => t.Slug, cancellationToken);
        var tagSlugs = knownTags.Keys.ToHashSet();
        var problems = new List<ImportProblem>();
        var valid = new List<ListingRecordParser.Parsed>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (record, unreadable) in records)
        {
            position++;
            if (record is null)
            {
                problems.Add(new ImportProblem(position, null, [unreadable ?? "empty record"]));
                continue;
            }
            var (parsed, errors) = ListingRecordParser.Parse(record, tagSlugs);
            if (record.ExternalId is { } id && !seenIds.Add(id.Trim()))
            {
                errors.Add($"externalId '{id}' appears earlier in the file");
                parsed = null;
            }
            if (parsed is null)
            {
                problems.Add(new ImportProblem(position, record.ExternalId, errors));
                continue;
            }
            valid.Add(parsed);
        }

        var (created, updated, unchanged) = await SaveAsync(valid, knownTags, options, cancellationToken);
        return new ImportResult(created, updated, unchanged, problems);
    }

    private async Task<(int Created, int Updated, int Unchanged)> SaveAsync(
        List<ListingRecordParser.Parsed> records, Dictionary<string, Taxonomy.TaxonomyTag> tags, ImportOptions options, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.Listing.ExternalId!).ToList();
        var existing = await db.Listings
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags)
            .Where(l => l.ExternalId != null && ids.Contains(l.ExternalId))
            .AsSplitQuery()
            .ToDictionaryAsync(l => l.ExternalId!, cancellationToken);
        var usedCodes = (await db.Listings.Select(l => l.ShortCode).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var (created, updated, unchanged) = (0, 0, 0);

        foreach (var record in records)
        {
            if (!existing.TryGetValue(record.Listing.ExternalId!, out var listing))
            {
                listing = new Listing
                {
                    Name = record.Listing.Name,
                    Slug = record.Listing.Slug,
                    Summary = record.Listing.Summary,
                    ShortCode = NewCode(usedCodes),
                    ExternalId = record.Listing.ExternalId,
                    Source = options.Source,
                    LastConfirmedAt = now,
                    LastConfirmedBy = ChangeActor.Import,
                };
                db.Listings.Add(listing);
                created++;
            }
            if (options.HoldForReview)
            {
                record.Listing.Status = ImportOptions.StatusAfterReview(listing, record.Listing.Status);
            }
            var changed = ListingCopy.CopyFrom(listing, record.Listing, record.TagSlugs.Select(s => tags[s]).ToList());
            if (options.Source is { } source && listing.Source != source)
            {
                listing.Source = source;
                changed = true;
            }
            if (record.HasLastConfirmed && listing.LastConfirmedAt != record.Listing.LastConfirmedAt)
            {
                listing.LastConfirmedAt = record.Listing.LastConfirmedAt;
                listing.LastConfirmedBy = ChangeActor.Import;
                changed = true;
            }
            if (db.Entry(listing).State != EntityState.Added)
            {
                if (changed)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
        }
        // One SaveChanges is one transaction: all valid records or, on a crash, none. (No explicit
        // transaction, so SQL Server's retrying execution strategy can replay it.)
        logger?.LogInformation("Saving {Created} new and {Updated} changed listings in one transaction.", created, updated);
        await db.SaveChangesAsync(cancellationToken);
        return (created, updated, unchanged);
    }

    private static string NewCode(HashSet<string> used)
    {
        string code;
        do
        {
            code = ShortLinkCode.New();
        }
        while (!used.Add(code));
        return code;
    }
}
