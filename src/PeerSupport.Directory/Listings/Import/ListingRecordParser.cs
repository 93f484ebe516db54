using System.Buffers;
using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Listings.Import;

/// <summary>
/// Checks one <see cref="ListingRecord"/> and turns it into an unsaved <see cref="Listing"/>
/// (tags as slugs), or lists every reason it cannot be imported.
/// </summary>
public static class ListingRecordParser
{
    public sealed record Parsed(Listing Listing, IReadOnlyList<string> TagSlugs, bool HasLastConfirmed);

    public static (Parsed? Result, List<string> Errors) Parse(ListingRecord r, IReadOnlySet<string> knownTags)
    {
        var errors = new List<string>();
        void Require(string? value, string field, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"{field} is required");
            }
            else if (value.Length > max)
            {
                errors.Add($"{field} is longer than {max} characters");
            }
        }
        Require(r.ExternalId, "externalId", ListingLimits.ExternalId);
        Require(r.Name, "name", ListingLimits.Name);
        Require(r.Summary, "summary", ListingLimits.Summary);
        void Text(string? value, string field, int max, bool lines = false) => CheckText(value, field, max, lines, errors);
        Text(r.ExternalId, "externalId", int.MaxValue);
        Text(r.Name, "name", int.MaxValue);
        Text(r.Summary, "summary", int.MaxValue);
        Text(r.Description, "description", ListingLimits.Description, lines: true);
        Text(r.WhoFor, "whoFor", ListingLimits.WhoFor, lines: true);
        Text(r.Eligibility, "eligibility", ListingLimits.Eligibility, lines: true);
        Text(r.FirstVisit, "firstVisit", ListingLimits.FirstVisit, lines: true);
        Text(r.Organisation, "organisation", ListingLimits.Organisation);
        Text(r.CostNotes, "costNotes", ListingLimits.CostNotes);
        Text(string.Join(", ", r.Languages ?? []), "languages", ListingLimits.Languages);
        Count(r.Contacts?.Count, "contacts", ListingLimits.Contacts, errors);
        Count(r.Schedules?.Count, "schedules", ListingLimits.Schedules, errors);
        Count(r.Tags?.Distinct().Count(), "tags", ListingLimits.Tags, errors);

        T EnumOf<T>(string? value, string field, T? fallback = null) where T : struct, Enum
        {
            if (value is null && fallback is { } f)
            {
                return f;
            }
            if (value is not null && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                return parsed;
            }
            errors.Add($"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}{(value is null ? "" : $", not '{value}'")}");
            return default;
        }
        TFlags Flags<TFlags>(List<string>? values, string field) where TFlags : struct, Enum
        {
            var result = 0;
            foreach (var value in values ?? [])
            {
                if (Enum.TryParse<TFlags>(value, ignoreCase: true, out var flag) && Enum.IsDefined(flag) && Convert.ToInt32(flag, CultureInfo.InvariantCulture) != 0)
                {
                    result |= Convert.ToInt32(flag, CultureInfo.InvariantCulture);
                }
                else
                {
                    errors.Add($"{field} has an unknown value '{value}'");
                }
            }
            return (TFlags)Enum.ToObject(typeof(TFlags), result);
        }

        var formats = Flags<Formats>(r.Formats, "formats");
        if (formats == Formats.None)
        {
            errors.Add("formats needs at least one of Group, OneToOne, InPerson, Online, Phone");
        }
        var listing = new Listing
        {
            ExternalId = r.ExternalId?.Trim(),
            Name = r.Name?.Trim() ?? "",
            Slug = Slug.From(r.Name ?? ""),
            ShortCode = "",
            Summary = r.Summary?.Trim() ?? "",
            Description = r.Description?.Trim() ?? "",
            WhoFor = r.WhoFor?.Trim() ?? "",
            Eligibility = r.Eligibility?.Trim() ?? "",
            FirstVisit = r.FirstVisit?.Trim() ?? "",
            Organisation = r.Organisation?.Trim() ?? "",
            HostType = EnumOf<HostType>(r.HostType, "hostType"),
            RunBy = EnumOf<RunBy>(r.RunBy, "runBy"),
            JoinBy = EnumOf<JoinBy>(r.JoinBy, "joinBy"),
            Cost = EnumOf<Cost>(r.Cost, "cost"),
            CostNotes = r.CostNotes?.Trim() ?? "",
            Formats = formats,
            Accessibility = Flags<Accessibility>(r.Accessibility, "accessibility"),
            Languages = string.Join(", ", (r.Languages ?? []).Select(l => l.Trim()).Where(l => l.Length > 0)),
            Status = EnumOf<ListingStatus>(r.Status, "status", ListingStatus.Published),
            LastConfirmedAt = r.LastConfirmed?.UtcDateTime,
            PausedUntil = ParseDate(r.PausedUntil, "pausedUntil", errors),
        };

        var unknownTags = (r.Tags ?? []).Where(t => !knownTags.Contains(t)).ToList();
        if (unknownTags.Count > 0)
        {
            errors.Add($"tags not in the taxonomy: {string.Join(", ", unknownTags)}");
        }
        foreach (var (c, i) in (r.Contacts ?? []).Select((c, i) => (c, i + 1)))
        {
            var kind = EnumOf<ContactKind>(c.Kind, $"contacts[{i}].kind");
            // Length and line breaks first: the editor shows the first message of a field, and "keep it on one line" says more than "not an email address".
            CheckText(c.Value, $"contacts[{i}].value", ListingLimits.ContactValue, false, errors);
            CheckText(c.Label, $"contacts[{i}].label", ListingLimits.ContactLabel, false, errors);
            if (string.IsNullOrWhiteSpace(c.Value))
            {
                errors.Add($"contacts[{i}].value is required");
            }
            else if (ContactValues.Problem(kind, c.Value.Trim()) is { } problem)
            {
                errors.Add($"contacts[{i}].value {problem}");
            }
            listing.Contacts.Add(new ListingContact { Kind = kind, Value = c.Value?.Trim() ?? "", Label = c.Label?.Trim() ?? "" });
        }
        foreach (var (s, i) in (r.Schedules ?? []).Select((s, i) => (s, i + 1)))
        {
            listing.Schedules.Add(ParseSchedule(s, $"schedules[{i}]", errors, EnumOf<ScheduleKind>(s.Kind, $"schedules[{i}].kind")));
            CheckText(s.Notes, $"schedules[{i}].notes", ListingLimits.ScheduleNotes, false, errors);
        }
        listing.Place = ParsePlace(r.Place, errors);
        listing.Area = ParseArea(r.Area, errors);
        if (formats.HasFlag(Formats.InPerson) && listing.Place is null && listing.Area is null)
        {
            errors.Add("an in-person listing needs a place (or an area it serves)");
        }
        if (listing.Place is null && listing.Area is null && !formats.HasFlag(Formats.Online) && !formats.HasFlag(Formats.Phone))
        {
            errors.Add("a listing needs a place, an area served, or to be online or by phone");
        }
        return errors.Count == 0
            ? (new Parsed(listing, (r.Tags ?? []).Distinct().ToList(), r.LastConfirmed is not null), errors)
            : (null, errors);
    }

    private static ListingSchedule ParseSchedule(ScheduleRecord s, string field, List<string> errors, ScheduleKind kind)
    {
        DayOfWeek? day = null;
        if (s.Day is not null)
        {
            if (Enum.TryParse<DayOfWeek>(s.Day, ignoreCase: true, out var d) && Enum.IsDefined(d))
            {
                day = d;
            }
            else
            {
                errors.Add($"{field}.day must be a day of the week, not '{s.Day}'");
            }
        }
        else if (kind is ScheduleKind.Weekly or ScheduleKind.Fortnightly or ScheduleKind.MonthlyNthWeekday)
        {
            errors.Add($"{field}.day is required for {kind}");
        }
        if (kind == ScheduleKind.MonthlyNthWeekday && s.Nth is not (1 or 2 or 3 or 4 or -1))
        {
            errors.Add($"{field}.nth must be 1, 2, 3, 4 or -1 (last)");
        }
        var date = ParseDate(s.Date, $"{field}.date", errors);
        if (kind == ScheduleKind.OneOff && date is null)
        {
            errors.Add($"{field}.date is required for OneOff");
        }
        var start = ParseTime(s.Start, $"{field}.start", errors);
        var end = ParseTime(s.End, $"{field}.end", errors);
        if (kind != ScheduleKind.ByArrangement && start is null)
        {
            errors.Add($"{field}.start is required for {kind}");
        }
        if (start is { } a && end is { } b && b <= a)
        {
            errors.Add($"{field}.end must be after start");
        }
        return new ListingSchedule
        {
            Kind = kind,
            Day = day,
            Nth = kind == ScheduleKind.MonthlyNthWeekday ? s.Nth : null,
            Date = date,
            Start = start,
            End = end,
            Notes = s.Notes?.Trim() ?? "",
        };
    }

    private static Place? ParsePlace(PlaceRecord? p, List<string> errors)
    {
        if (p is null)
        {
            return null;
        }
        if (p.Latitude is not { } lat || p.Longitude is not { } lon)
        {
            errors.Add("place.latitude and place.longitude are required");
            return null;
        }
        if (!new GeoPoint(lat, lon).IsInGreatBritain)
        {
            errors.Add($"place coordinates ({lat}, {lon}) are not in Great Britain");
        }
        CheckText(p.Venue, "place.venue", ListingLimits.VenueName, false, errors);
        CheckText(p.Address, "place.address", ListingLimits.Address, false, errors);
        CheckText(p.Town, "place.town", ListingLimits.Town, false, errors);
        CheckText(p.Postcode, "place.postcode", ListingLimits.Postcode, false, errors);
        return new Place
        {
            VenueName = p.Venue?.Trim() ?? "",
            Address = p.Address?.Trim() ?? "",
            Town = p.Town?.Trim() ?? "",
            Postcode = p.Postcode?.Trim().ToUpperInvariant() ?? "",
            Latitude = lat,
            Longitude = lon,
        };
    }

    private static AreaServed? ParseArea(AreaRecord? a, List<string> errors)
    {
        if (a is null)
        {
            return null;
        }
        if (!Enum.TryParse<AreaKind>(a.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add($"area.kind must be National, Region or Radius, not '{a.Kind}'");
            return null;
        }
        CheckText(a.Name, "area.name", ListingLimits.AreaName, false, errors);
        var area = new AreaServed { Kind = kind, Name = a.Name?.Trim() ?? "" };
        if (kind == AreaKind.Radius)
        {
            if (a.Latitude is not { } lat || a.Longitude is not { } lon || a.RadiusKm is not > 0)
            {
                errors.Add("a Radius area needs latitude, longitude and a positive radiusKm");
            }
            else if (!double.IsFinite(a.RadiusKm.Value) || a.RadiusKm > ListingLimits.RadiusKm)
            {
                errors.Add($"area.radiusKm must be at most {ListingLimits.RadiusKm} km");
            }
            else if (!new GeoPoint(lat, lon).IsInGreatBritain)
            {
                errors.Add($"area centre ({lat}, {lon}) is not in Great Britain");
            }
            (area.Latitude, area.Longitude, area.RadiusKm) = (a.Latitude, a.Longitude, a.RadiusKm);
        }
        if (kind == AreaKind.Region)
        {
            area.Wkt = a.Wkt;
            if (a.Wkt?.Length > ListingLimits.RegionWkt)
            {
                errors.Add($"area.wkt is longer than {ListingLimits.RegionWkt} characters");
            }
            else if (AreaShapes.ReadPolygon(a.Wkt) is { } shape && shape.NumPoints > ListingLimits.RegionPoints)
            {
                errors.Add($"area.wkt has more than {ListingLimits.RegionPoints} points");
            }
            else if (AreaShapes.ReadPolygon(a.Wkt) is null)
            {
                errors.Add("a Region area needs wkt: a valid POLYGON or MULTIPOLYGON in longitude-latitude order");
            }
        }
        return area;
    }

    /// <summary>
    /// Every character that ends a line somewhere: CR and LF, and NEL (U+0085), the line separator
    /// (U+2028) and the paragraph separator (U+2029), which mail programs, browsers and editors may
    /// also break on.
    /// </summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

    /// <summary>
    /// Length and control characters: one-line fields take no line break of any kind (a line break
    /// in a name reached emails and pages) and no control character; text areas take line breaks
    /// and tabs, and no other control character.
    /// </summary>
    private static void CheckText(string? value, string field, int max, bool lines, List<string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.Trim().Length > max)
        {
            errors.Add($"{field} is longer than {max} characters");
        }
        if (!lines && value.AsSpan().ContainsAny(LineBreaks))
        {
            errors.Add($"{field} must be on one line");
        }
        else if (value.Any(c => char.IsControl(c) && !(lines && c is '\n' or '\r' or '\t')))
        {
            errors.Add($"{field} has a control character");
        }
    }

    private static void Count(int? count, string field, int max, List<string> errors)
    {
        if (count > max)
        {
            errors.Add($"{field}: at most {max} (this listing has {count})");
        }
    }

    private static DateOnly? ParseDate(string? value, string field, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add($"{field} must be a date like 2027-01-31, not '{value}'");
        return null;
    }

    private static TimeOnly? ParseTime(string? value, string field, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add($"{field} must be a 24-hour time like 18:30, not '{value}'");
        return null;
    }
}
