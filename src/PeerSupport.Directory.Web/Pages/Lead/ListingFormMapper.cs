using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Turns a <see cref="ListingForm"/> into an unsaved listing through the importer's own rules
/// (<see cref="ListingRecordParser"/>), so a listing typed in and a listing imported are checked
/// alike; each broken rule becomes a plain message next to the field it is about.
/// </summary>
public static class ListingFormMapper
{
    public const string Prefix = "Input";

    public sealed record Mapped(Listing Listing, List<TaxonomyTag> Tags);

    /// <summary>Null when the form has errors (they are in <paramref name="modelState"/>).</summary>
    public static Mapped? ToListing(ListingForm form, IReadOnlyList<TaxonomyTag> allTags, ModelStateDictionary modelState)
    {
        var contactRows = form.Contacts.Select((c, i) => (c, i)).Where(x => !x.c.IsBlank).Select(x => x.i).ToList();
        var scheduleRows = form.Schedules.Select((s, i) => (s, i)).Where(x => !x.s.IsBlank).Select(x => x.i).ToList();
        var record = ToRecord(form, modelState);
        var (parsed, errors) = ListingRecordParser.Parse(record, allTags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        foreach (var error in errors)
        {
            var (key, message) = ListingFormErrors.Translate(error, contactRows, scheduleRows);
            var fullKey = key.Length == 0 ? "" : $"{Prefix}.{key}";
            // One message per field: a number already reported as unreadable is not also "required".
            if (modelState.GetFieldValidationState(fullKey) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(fullKey, message);
            }
        }
        if (parsed is null || !modelState.IsValid)
        {
            return null;
        }
        var listing = parsed.Listing;
        listing.ExternalId = null;
        // The form gives the details only; where the listing stands is the life cycle's (ListingLifeCycle).
        (listing.Status, listing.LastConfirmedAt) = (ListingStatus.Draft, null);
        listing.AddressOnRequest = form.AddressOnRequest && listing.Place is not null;
        listing.AcceptsMessages = form.AcceptsMessages;
        var tags = allTags.Where(t => parsed.TagSlugs.Contains(t.Slug)).ToList();
        listing.Tags.AddRange(tags);
        return new Mapped(listing, tags);
    }

    private static ListingRecord ToRecord(ListingForm f, ModelStateDictionary modelState) => new()
    {
        // Listings made on the site have no external id; the importer's rules ask for one.
        ExternalId = "site",
        Name = f.Name,
        Summary = f.Summary,
        Description = f.Description,
        WhoFor = f.WhoFor,
        Eligibility = f.Eligibility,
        FirstVisit = f.FirstVisit,
        Organisation = f.Organisation,
        HostType = f.HostType.ToString(),
        RunBy = f.RunBy.ToString(),
        JoinBy = f.JoinBy.ToString(),
        Cost = f.Cost.ToString(),
        CostNotes = f.CostNotes,
        Formats = [.. f.Formats.Distinct().Select(x => x.ToString())],
        Accessibility = [.. f.Accessibility.Distinct().Select(x => x.ToString())],
        Languages = [.. (f.Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Tags = [.. f.Tags.Distinct()],
        Contacts = [.. f.Contacts.Where(c => !c.IsBlank).Select(c => new ContactRecord { Kind = c.Kind.ToString(), Value = c.Value, Label = c.Label })],
        Schedules = [.. f.Schedules.Where(s => !s.IsBlank).Select(s => new ScheduleRecord
        {
            Kind = s.Kind.ToString(),
            Day = s.Day?.ToString(),
            Nth = s.Nth,
            Date = Date(s.Date),
            Start = Time(s.Start),
            End = Time(s.End),
            Notes = s.Notes,
        })],
        Place = f.Place.IsBlank
            ? null
            : new PlaceRecord
            {
                Venue = f.Place.VenueName,
                Address = f.Place.Address,
                Town = f.Place.Town,
                Postcode = f.Place.Postcode,
                Latitude = Coordinate(f.Place.Latitude, "Place.Latitude", modelState),
                Longitude = Coordinate(f.Place.Longitude, "Place.Longitude", modelState),
            },
        Area = f.Area.Kind is not { } kind
            ? null
            : new AreaRecord
            {
                Kind = kind.ToString(),
                Name = f.Area.Name,
                Latitude = kind == AreaKind.Radius ? Coordinate(f.Area.Latitude, "Area.Latitude", modelState) : null,
                Longitude = kind == AreaKind.Radius ? Coordinate(f.Area.Longitude, "Area.Longitude", modelState) : null,
                RadiusKm = kind == AreaKind.Radius ? Coordinate(f.Area.RadiusKm, "Area.RadiusKm", modelState) : null,
                Wkt = kind == AreaKind.Region ? f.Area.Wkt : null,
            },
    };

    /// <summary>A number as typed; a mistake is reported on its field and the number left out.</summary>
    private static double? Coordinate(string? text, string field, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        modelState.AddModelError($"{Prefix}.{field}", "Enter a number, like 53.8008 (use a full stop for decimals)");
        return null;
    }

    /// <summary>Dates as browsers send them (2027-01-31), or as people type them where there is no date picker (31/1/2027).</summary>
    private static string? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : text.Trim();

    private static string? Time(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "H.mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("HH:mm", CultureInfo.InvariantCulture)
            : text.Trim();
}
