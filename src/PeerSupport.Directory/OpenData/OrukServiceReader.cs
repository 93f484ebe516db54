using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// Maps one Open Referral UK 3.0 service to a <see cref="ListingRecord"/>, or says every reason it
/// cannot: a service is taken whole or not at all. The vocabulary (schedules, attending types,
/// status, descriptions, areas) is <see cref="OrukTerms"/>'s and <see cref="OrukExtent"/>'s; what
/// is mapped and what is left is in docs/open-data.md. Contact people (names, titles) are never
/// read: only contact routes titled by their kind, or the service's own email and website.
/// The standard has no fields for who runs a service or how to join it; our own feed says them in
/// the description's "How to join" paragraph, and without it an imported listing says the
/// cautious thing (voluntary sector, professionally run, contact first) until a moderator or lead
/// says otherwise: it never tells someone looking for peers that a group is peer-led, or to just
/// turn up, on a guess. A publisher that writes our exact words is taken at them, like every other
/// field it publishes; that is why imports wait for a moderator unless the operator says --publish.
/// </summary>
public static class OrukServiceReader
{
    /// <summary>Our taxonomy as a feed may name it: by our term id (<see cref="PublicIds.TaxonomyTerm"/>) or by a tag's slug.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> KnownTagsAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var tags = await db.TaxonomyTags.Select(t => new { t.Slug, Dimension = t.Dimension!.Slug }).ToListAsync(cancellationToken);
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            known[PublicIds.TaxonomyTerm(tag.Dimension, tag.Slug).ToString()] = tag.Slug;
            known.TryAdd(tag.Slug, tag.Slug);
        }
        return known;
    }

    /// <summary>
    /// The publisher's service as our import knows it: "oruk:", a short hash of the feed (so two
    /// publishers' ids never meet), and their id.
    /// </summary>
    public static string ExternalIdOf(string source, string serviceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source.Trim().ToLowerInvariant()));
        return $"oruk:{Convert.ToHexStringLower(hash)[..10]}:{serviceId}";
    }

    public static (ListingRecord? Record, List<string> Reasons) Read(JsonElement service, string source, IReadOnlyDictionary<string, string> knownTags)
    {
        var reasons = new List<string>();
        var id = OrukFeedReader.IdOf(service) ?? "";
        var externalId = ExternalIdOf(source, id);
        if (externalId.Length > ListingLimits.ExternalId)
        {
            reasons.Add($"id is longer than {ListingLimits.ExternalId - (externalId.Length - id.Length)} characters");
        }
        var name = Text(service, "name");
        if (name is null)
        {
            reasons.Add("has no name");
        }
        var words = OrukTerms.ReadDescription(Text(service, "description"));
        if (words.Summary is null)
        {
            reasons.Add("has no description to take a summary from");
        }

        var status = Text(service, "status");
        var ourStatus = OrukTerms.ReadStatus(status);
        if (ourStatus is null)
        {
            reasons.Add(status is null ? "has no status" : $"status '{status}' is not one of the standard's");
        }

        var locations = Array(service, "service_at_locations")
            .Select(l => l.TryGetProperty("location", out var location) ? location : default)
            .Where(l => l.ValueKind == JsonValueKind.Object)
            .ToList();
        var physical = locations.Where(l => Text(l, "location_type") == "physical").ToList();
        if (physical.Count > 1)
        {
            reasons.Add($"has {physical.Count} physical locations; a listing here meets at one place (publish one service per place)");
        }
        var place = physical.Count == 1 ? PlaceOf(physical[0], reasons) : null;
        var area = AreaOf(service, hasPlace: physical.Count > 0, reasons);

        var schedules = new List<ScheduleRecord>();
        var formats = Formats.None;
        foreach (var (element, i) in Array(service, "schedules").Select((e, i) => (e, i + 1)))
        {
            OrukSchedule? schedule;
            try
            {
                schedule = element.Deserialize<OrukSchedule>(OrukJson.Options);
            }
            catch (JsonException e)
            {
                reasons.Add($"schedule {i} cannot be read: {e.Message}");
                continue;
            }
            var reading = OrukTerms.ReadSchedule(schedule!);
            if (reading.Problem is { } problem)
            {
                reasons.Add($"schedule {i}: {problem}");
            }
            schedules.AddRange(reading.Schedules.Select(ScheduleRecordOf));
            formats |= OrukTerms.ReadAttendingType(schedule!.AttendingType);
        }
        if (place is not null)
        {
            formats |= Formats.InPerson;
        }
        // A virtual location is online, or by phone: only when the schedules say neither is it taken as online.
        if (!formats.HasFlag(Formats.Online) && !formats.HasFlag(Formats.Phone) && locations.Any(l => Text(l, "location_type") == "virtual"))
        {
            formats |= Formats.Online;
        }
        if (formats.HasFlag(Formats.InPerson) && physical.Count == 0)
        {
            reasons.Add("meets in person but has no physical location");
        }
        if ((formats & (Formats.InPerson | Formats.Online | Formats.Phone)) == Formats.None)
        {
            reasons.Add("has no physical location, no virtual location and no attending_type saying online or phone");
        }

        var record = new ListingRecord
        {
            ExternalId = externalId,
            Name = name,
            Summary = words.Summary,
            Description = words.Description,
            WhoFor = words.WhoFor,
            Eligibility = words.Eligibility,
            FirstVisit = words.FirstVisit,
            Organisation = service.TryGetProperty("organization", out var organisation) ? Text(organisation, "name") : null,
            CostNotes = Array(service, "cost_options").Select(o => Text(o, "amount_description")).FirstOrDefault(t => t is not null) ?? Text(service, "fees"),
            HostType = (words.HostType ?? OrukTerms.ReadHost(Text(organisation, "description")) ?? HostType.VoluntarySector).ToString(),
            RunBy = (words.RunBy ?? RunBy.Professional).ToString(),
            JoinBy = (words.JoinBy ?? JoinBy.ContactFirst).ToString(),
            Cost = CostOf(service).ToString(),
            Languages = [.. Array(service, "languages").Select(l => Text(l, "name")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            Accessibility = physical.Count == 1 ? AccessibilityOf(physical[0]) : locations.Count == 1 ? AccessibilityOf(locations[0]) : null,
            Formats = [.. Enum.GetValues<Formats>().Where(f => f != Formats.None && formats.HasFlag(f)).Select(f => f.ToString())],
            Schedules = schedules,
            Status = ourStatus?.ToString(),
            LastConfirmed = DateOf(service, "assured_date"),
            Contacts = ContactsOf(service),
            Place = place,
            Area = area,
            Tags = TagsOf(service, knownTags),
        };
        return reasons.Count == 0 ? (record, reasons) : (null, reasons);
    }

    /// <summary>The access a location's accessibility entries name in our words.</summary>
    private static List<string> AccessibilityOf(JsonElement location)
    {
        var all = Array(location, "accessibility").Aggregate(Accessibility.None, (a, e) => a | OrukTerms.ReadAccessibility(Text(e, "description")));
        return ListingExporter.Names(all);
    }

    private static PlaceRecord? PlaceOf(JsonElement location, List<string> reasons)
    {
        if (!Number(location, "latitude", out var latitude) || !Number(location, "longitude", out var longitude))
        {
            reasons.Add("its physical location has no latitude and longitude");
            return null;
        }
        var addresses = Array(location, "addresses").ToList();
        var address = addresses.FirstOrDefault(a => Text(a, "address_type") == "physical") is { ValueKind: JsonValueKind.Object } found
            ? found
            : addresses.FirstOrDefault();
        if (Text(location, "description") == OrukServices.AreaOnlyVenue && addresses.Count == 0)
        {
            // Our own address-on-request group: the area only, which is what it comes back as.
            return new PlaceRecord { Town = Text(location, "name"), Latitude = latitude, Longitude = longitude };
        }
        return new PlaceRecord
        {
            Venue = Text(location, "name"),
            Address = Text(address, "address_1"),
            Town = Text(address, "city"),
            Postcode = Text(address, "postal_code"),
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    /// <summary>
    /// The first area that can be placed: a national one from its words
    /// (<see cref="OrukTerms.ReadServiceAreaWords"/>), a region or a radius from its extent
    /// (<see cref="OrukExtent"/>). A service with a venue keeps its venue when no area can be placed;
    /// one with no venue and no placeable area is not imported, rather than shown to the whole country.
    /// </summary>
    private static AreaRecord? AreaOf(JsonElement service, bool hasPlace, List<string> reasons)
    {
        var areas = Array(service, "service_areas").ToList();
        string? problem = null;
        foreach (var a in areas)
        {
            // A long free-text area ("available to all residents of ...") is shortened to a name, not a reason to leave the service out.
            var name = Text(a, "name") ?? Text(a, "service_area") ?? Text(service, "name") ?? "";
            name = name.Length <= ListingLimits.AreaName ? name : name[..(ListingLimits.AreaName - 1)].TrimEnd() + "…";
            var (area, why) = OrukTerms.ReadServiceAreaWords(Text(a, "service_area") ?? Text(a, "name")) is { } national
                ? (national, null)
                : ExtentOf(a) is { } extent ? OrukExtent.Read(extent, Text(a, "extent_type"), name) : (null, null);
            if (area is not null)
            {
                return AreaRecord.Of(area);
            }
            problem ??= why;
        }
        if (areas.Count > 0 && !hasPlace)
        {
            reasons.Add(problem is not null
                ? $"its service area \"{Shortened(Text(areas[0], "name") ?? Text(areas[0], "service_area") ?? "(no name)")}\" cannot be placed: {problem}, and it has no venue"
                : $"its service area \"{Shortened(Text(areas[0], "name") ?? Text(areas[0], "service_area") ?? "(no name)")}\" cannot be placed on a map here (it has no extent, and only \"Anyone in …\" areas are placed by their words), and it has no venue");
        }
        return null;
    }

    /// <summary>A service area's extent: a string, as the standard has it, or the GeoJSON written in place as an object.</summary>
    private static string? ExtentOf(JsonElement area) =>
        area.TryGetProperty("extent", out var extent) && extent.ValueKind == JsonValueKind.Object ? extent.GetRawText() : Text(area, "extent");

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..57] + "…";

    internal static bool Number(JsonElement element, string property, out double value)
    {
        value = 0;
        return element.TryGetProperty(property, out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetDouble(out value);
    }

    /// <summary>The dearest of the service's cost options; with none, what its fees say; with neither, free.</summary>
    private static Cost CostOf(JsonElement service)
    {
        var costs = Array(service, "cost_options")
            .Select(o => OrukTerms.ReadCost(Text(o, "option"), o.TryGetProperty("amount", out var a) && a.TryGetDecimal(out var amount) ? amount : null))
            .ToList();
        return costs.Count > 0 ? costs.Max() : Text(service, "fees") is { } fees ? OrukTerms.ReadCost(fees, null) : Cost.Free;
    }

    private static ScheduleRecord ScheduleRecordOf(ListingSchedule s) => new()
    {
        Kind = s.Kind.ToString(),
        Day = s.Day?.ToString(),
        Nth = s.Nth,
        Date = s.Date is { } date ? OrukTerms.Date(date) : null,
        Start = s.Start is { } start ? OrukTerms.Time(start) : null,
        End = s.End is { } end ? OrukTerms.Time(end) : null,
        Notes = s.Notes.Length > 0 ? s.Notes : null,
    };

    /// <summary>
    /// The contact routes a publisher lists as contacts titled by their kind (<see cref="OrukTerms.ContactTitle"/>:
    /// "Email: …", or "Phone" with its number); when it lists none, the service's own email and website.
    /// A contact that is a person (a name and a job title) is no route and is never read.
    /// </summary>
    private static List<ContactRecord> ContactsOf(JsonElement service)
    {
        var contacts = new List<ContactRecord>();
        foreach (var contact in Array(service, "contacts"))
        {
            var title = Text(contact, "title") ?? "";
            var colon = title.IndexOf(':', StringComparison.Ordinal);
            if (OrukTerms.ReadContactTitle(colon > 0 ? title[..colon] : title) is not { } kind)
            {
                continue;
            }
            var value = kind is ContactKind.Phone or ContactKind.Text
                ? Array(contact, "phones").Select(p => Text(p, "number")).FirstOrDefault(n => n is not null)
                : colon > 0 ? title[(colon + 1)..].Trim() : null;
            if (value is { Length: > 0 })
            {
                var label = Text(contact, "name");
                contacts.Add(new ContactRecord { Kind = kind.ToString(), Value = value, Label = label == OrukTerms.ContactTitle(kind) ? null : label });
            }
        }
        if (contacts.Count > 0)
        {
            return contacts;
        }
        if (Text(service, "email") is { } email)
        {
            contacts.Add(new ContactRecord { Kind = nameof(ContactKind.Email), Value = email });
        }
        if (Text(service, "url") is { } url)
        {
            contacts.Add(new ContactRecord { Kind = nameof(ContactKind.Website), Value = url });
        }
        return contacts;
    }

    private static List<string> TagsOf(JsonElement service, IReadOnlyDictionary<string, string> knownTags) =>
        Array(service, "attributes")
            .Select(a => a.TryGetProperty("taxonomy_term", out var term) ? term : default)
            .Where(term => term.ValueKind == JsonValueKind.Object)
            .Select(term => new[] { Text(term, "id"), Text(term, "term") }.Select(key => key is null ? null : knownTags.GetValueOrDefault(key)).FirstOrDefault(t => t is not null))
            .OfType<string>()
            .Distinct()
            .ToList();

    private static DateTimeOffset? DateOf(JsonElement element, string property) =>
        Text(element, property) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    internal static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>A string property, trimmed; null when missing, not a string or blank.</summary>
    internal static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;
}
