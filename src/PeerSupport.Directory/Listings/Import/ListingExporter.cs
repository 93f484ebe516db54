using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Listings.Import;

/// <summary>Writes every listing in the import format, so an export imports cleanly into an empty database.</summary>
public sealed class ListingExporter(DirectoryDbContext db)
{
    public async Task<int> ExportAsync(Stream output, CancellationToken cancellationToken = default)
    {
        var listings = await db.Listings.AsNoTracking()
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags)
            .AsSplitQuery()
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var file = new ListingFile { Listings = listings.Select(ToRecord).ToList() };
        await JsonSerializer.SerializeAsync(output, file, ListingFile.Json, cancellationToken);
        return listings.Count;
    }

    public static ListingRecord ToRecord(Listing l) => new()
    {
        // Listings created on the site have no external id yet; their id keeps them stable across exports.
        ExternalId = l.ExternalId ?? $"listing-{l.Id}",
        Name = l.Name,
        Summary = l.Summary,
        Description = l.Description,
        WhoFor = l.WhoFor,
        Eligibility = l.Eligibility,
        FirstVisit = l.FirstVisit,
        Organisation = l.Organisation,
        HostType = l.HostType.ToString(),
        RunBy = l.RunBy.ToString(),
        JoinBy = l.JoinBy.ToString(),
        Cost = l.Cost.ToString(),
        CostNotes = l.CostNotes,
        Formats = Names(l.Formats),
        Tags = l.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
        Accessibility = Names(l.Accessibility),
        Languages = l.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        Contacts = l.Contacts.Select(c => new ContactRecord { Kind = c.Kind.ToString(), Value = c.Value, Label = c.Label }).ToList(),
        Schedules = l.Schedules.Select(s => new ScheduleRecord
        {
            Kind = s.Kind.ToString(),
            Day = s.Day?.ToString(),
            Nth = s.Nth,
            Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Start = s.Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
            End = s.End?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Notes = s.Notes,
        }).ToList(),
        // Address on request: exports carry only the area, like every public view.
        Place = l.PublicPlaceOf() is { } p
            ? new PlaceRecord { Venue = p.VenueName, Address = p.Address, Town = p.Town, Postcode = p.Postcode, Latitude = p.Latitude, Longitude = p.Longitude }
            : null,
        Area = l.PublicAreaOf() is { } a ? AreaRecord.Of(a) : null,
        Status = l.Status.ToString(),
        LastConfirmed = l.LastConfirmedAt is { } confirmed ? new DateTimeOffset(confirmed, TimeSpan.Zero) : null,
        PausedUntil = l.PausedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The names of the flags set, as import files write them.</summary>
    internal static List<string> Names<T>(T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).Select(f => f.ToString()).ToList();
}
