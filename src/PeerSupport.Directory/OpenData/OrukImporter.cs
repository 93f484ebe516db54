using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// Takes another publisher's Open Referral UK services into the directory: each page's services are
/// mapped by <see cref="OrukServiceReader"/> and saved through <see cref="ListingImporter"/> (its checks,
/// history and idempotency), one transaction a page, so a service is imported whole or not at all.
/// The publisher's feed is the source of the listings it created: a changed service updates its
/// listing, whoever edited it here since (docs/operations.md, "Importing an Open Referral UK feed").
/// </summary>
public sealed class OrukImporter(DirectoryDbContext db, ListingImporter importer)
{
    public async Task<OrukImportResult> ImportAsync(
        IAsyncEnumerable<OrukFeedPage> pages, OrukImportOptions options, CancellationToken cancellationToken = default)
    {
        var tags = await OrukServiceReader.KnownTagsAsync(db, cancellationToken);
        var import = new ImportOptions(options.Source, HoldForReview: !options.Publish);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var notImported = new List<OrukServiceProblem>();
        var unread = new List<OrukFeedProblem>();
        var (read, created, updated, unchanged, inactive) = (0, 0, 0, 0, 0);

        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            unread.AddRange(page.Problems);
            var records = new List<(string ServiceId, ListingRecord Record)>();
            foreach (var service in page.Services)
            {
                read++;
                var id = OrukFeedReader.IdOf(service)!;
                if (!seen.Add(id))
                {
                    notImported.Add(new OrukServiceProblem(id, ["appears more than once in the feed; the first was imported"]));
                    continue;
                }
                var (record, reasons) = OrukServiceReader.Read(service, options.Source, tags);
                if (record is null)
                {
                    notImported.Add(new OrukServiceProblem(id, reasons));
                    continue;
                }
                records.Add((id, record));
            }

            // A service the publisher has closed is not brought in new; one we hold is closed here too.
            var held = await HeldAsync(records.Select(r => r.Record.ExternalId!).ToList(), cancellationToken);
            var closedAndNew = records.Where(r => r.Record.Status is nameof(ListingStatus.Lapsed) or nameof(ListingStatus.Archived) && !held.Contains(r.Record.ExternalId!)).ToList();
            inactive += closedAndNew.Count;
            records = records.Except(closedAndNew).ToList();

            var result = await importer.ImportAsync(records.Select(r => r.Record).ToList(), import, cancellationToken);
            (created, updated, unchanged) = (created + result.Created, updated + result.Updated, unchanged + result.Unchanged);
            notImported.AddRange(result.Rejected.Select(p => new OrukServiceProblem(records[p.Position - 1].ServiceId, p.Reasons)));
        }
        return new OrukImportResult(read, created, updated, unchanged, inactive, notImported, unread);
    }

    private async Task<HashSet<string>> HeldAsync(List<string> externalIds, CancellationToken cancellationToken) =>
        (await db.Listings.Where(l => l.ExternalId != null && externalIds.Contains(l.ExternalId))
            .Select(l => l.ExternalId!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
