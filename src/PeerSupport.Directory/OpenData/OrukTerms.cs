using System.Globalization;
using System.Text.RegularExpressions;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// The one two-way owner of the Open Referral UK (HSDS-UK 3.0) vocabulary: how our schedules,
/// formats, statuses, costs and local tags are said in ORUK fields, and how another publisher's
/// fields are read back. The API writes with these functions and the ORUK importer reads with
/// them, so a round trip gives back what went out. Pure functions; docs/open-data.md has the table.
/// </summary>
public static class OrukTerms
{
    /// <summary>The HSDS-UK version the API answers with.</summary>
    public const string Version = "HSDS-UK-3.0";

    /// <summary>Prefix of the <c>taxonomy</c> name of every term from our own tags ("peersupport-directory:gender").</summary>
    public const string LocalTaxonomy = "peersupport-directory";

    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>How publishers write group and one-to-one support in an attending_type, as whole words ("groups" yes, "grouped" and "11-16" no).</summary>
    private static readonly Regex GroupWords = new(@"\bgroups?\b", RegexOptions.CultureInvariant);
    private static readonly Regex OneToOneWords = new(@"\b(one[- ]to[- ]one|1[- ]to[- ]1|1:1|1-1|individual)\b", RegexOptions.CultureInvariant);

    // ---- schedules ----

    /// <summary>
    /// One of our schedules as an ORUK schedule. Weekly is <c>freq=WEEKLY;byday=MO</c>; fortnightly
    /// adds <c>interval=2</c> with its anchor date as <c>dtstart</c> (the standard makes dtstart
    /// necessary with an interval); the nth weekday is <c>freq=MONTHLY;byday=2MO</c> or <c>-1FR</c>.
    /// A one-off date has no <c>freq</c> (the schema allows only WEEKLY and MONTHLY and has no
    /// <c>count</c>), so it is a schedule valid for that one day: <c>dtstart = valid_from = valid_to</c>.
    /// "By arrangement" has no times to give, so it is a <c>description</c> only.
    /// Times are Europe/London wall-clock "HH:MM": a weekly series has no single UTC offset.
    /// </summary>
    public static OrukSchedule Schedule(ListingSchedule s, Guid id, Guid serviceId, Formats formats)
    {
        var times = s.Kind != ScheduleKind.ByArrangement;
        var schedule = new OrukSchedule
        {
            Id = id,
            ServiceId = serviceId,
            Description = ScheduleText.Describe(s),
            Notes = s.Notes.Length == 0 ? null : s.Notes,
            OpensAt = times && s.Start is { } start ? Time(start) : null,
            ClosesAt = times && s.End is { } end ? Time(end) : null,
            AttendingType = AttendingType(formats),
        };
        return s.Kind switch
        {
            ScheduleKind.Weekly when s.Day is { } day => schedule with { Freq = "WEEKLY", Byday = Day(day) },
            ScheduleKind.Fortnightly when s.Day is { } day && s.Date is { } anchor =>
                schedule with { Freq = "WEEKLY", Interval = 2, Byday = Day(day), Dtstart = Date(anchor) },
            ScheduleKind.MonthlyNthWeekday when s.Day is { } day && s.Nth is { } nth =>
                schedule with { Freq = "MONTHLY", Byday = nth.ToString(CultureInfo.InvariantCulture) + Day(day) },
            ScheduleKind.OneOff when s.Date is { } date => schedule with { Dtstart = Date(date), ValidFrom = Date(date), ValidTo = Date(date) },
            _ => schedule with { OpensAt = null, ClosesAt = null },
        };
    }

    /// <summary>
    /// Another publisher's schedule as ours: one schedule per day it names (<c>byday=TU,TH</c> is two
    /// weekly rows), or why it cannot be said in our model.
    /// </summary>
    public static ScheduleReading ReadSchedule(OrukSchedule o)
    {
        var start = ReadTime(o.OpensAt);
        var end = ReadTime(o.ClosesAt);
        if (o.OpensAt is { Length: > 0 } && start is null)
        {
            return ScheduleReading.Fails($"opens_at \"{o.OpensAt}\" is not a time like 18:30");
        }
        if (o.ClosesAt is { Length: > 0 } && end is null)
        {
            return ScheduleReading.Fails($"closes_at \"{o.ClosesAt}\" is not a time like 20:00");
        }
        var notes = (o.Notes ?? "").Trim();
        var freq = o.Freq?.Trim().ToUpperInvariant();
        if (freq is null or "")
        {
            return ReadDated(o, start, end, notes);
        }
        if (!string.IsNullOrWhiteSpace(o.Bymonthday))
        {
            return ScheduleReading.Fails("bymonthday (a day of the month by number) has no equivalent here; only weekdays are");
        }
        var parts = (o.Byday ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return ScheduleReading.Fails($"a {freq} schedule needs byday");
        }
        var interval = o.Interval ?? 1;
        var rows = new List<ListingSchedule>();
        foreach (var part in parts)
        {
            var nthText = part[..^Math.Min(2, part.Length)];
            if (ReadDay(part[^Math.Min(2, part.Length)..]) is not { } day)
            {
                return ScheduleReading.Fails($"byday \"{part}\" is not a day like MO or 2MO");
            }
            var row = new ListingSchedule { Day = day, Start = start, End = end, Notes = notes };
            switch (freq)
            {
                case "WEEKLY" when nthText.Length > 0:
                    return ScheduleReading.Fails($"byday \"{part}\" gives a week of the month on a WEEKLY schedule");
                case "WEEKLY" when interval == 1:
                    row.Kind = ScheduleKind.Weekly;
                    break;
                case "WEEKLY" when interval == 2:
                    if (ReadDate(o.Dtstart) is not { } first)
                    {
                        return ScheduleReading.Fails("a fortnightly schedule (interval 2) needs dtstart, the date of a session");
                    }
                    row.Kind = ScheduleKind.Fortnightly;
                    row.Date = first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7);
                    break;
                case "WEEKLY":
                    return ScheduleReading.Fails($"every {interval} weeks has no equivalent here (weekly and fortnightly do)");
                case "MONTHLY" when interval != 1:
                    return ScheduleReading.Fails($"every {interval} months has no equivalent here (monthly does)");
                case "MONTHLY" when int.TryParse(nthText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var nth) && nth is (1 or 2 or 3 or 4 or -1):
                    row.Kind = ScheduleKind.MonthlyNthWeekday;
                    row.Nth = nth;
                    break;
                case "MONTHLY":
                    return ScheduleReading.Fails($"byday \"{part}\" on a MONTHLY schedule must be 1MO to 4MO or -1MO (the last)");
                default:
                    return ScheduleReading.Fails($"freq \"{o.Freq}\" is not WEEKLY or MONTHLY");
            }
            rows.Add(row);
        }
        return ScheduleReading.Reads(rows);
    }

    private static ScheduleReading ReadDated(OrukSchedule o, TimeOnly? start, TimeOnly? end, string notes)
    {
        var from = ReadDate(o.ValidFrom) ?? ReadDate(o.Dtstart);
        var to = ReadDate(o.ValidTo) ?? from;
        if (from is { } day && to == from)
        {
            return ScheduleReading.Reads([new ListingSchedule { Kind = ScheduleKind.OneOff, Date = day, Start = start, End = end, Notes = notes }]);
        }
        if (from is not null)
        {
            return ScheduleReading.Fails("a schedule over a range of dates with no freq has no equivalent here");
        }
        var words = notes.Length > 0 ? notes : (o.Description ?? "").Trim();
        // Our own "by arrangement" with no notes is written as its bare words; they are no note.
        if (words == ScheduleText.Describe(new ListingSchedule { Kind = ScheduleKind.ByArrangement }))
        {
            words = "";
        }
        return ScheduleReading.Reads([new ListingSchedule { Kind = ScheduleKind.ByArrangement, Notes = words }]);
    }

    public static string Day(DayOfWeek day) => DayCodes[(int)day];

    public static DayOfWeek? ReadDay(string code)
    {
        var index = Array.IndexOf(DayCodes, code.Trim().ToUpperInvariant());
        return index < 0 ? null : (DayOfWeek)index;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date "2026-12-07", or the date part of a date-time "2026-12-07T18:00:00Z".</summary>
    public static DateOnly? ReadDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// "18:30", "18:30:00", or either with "Z" or an offset. The offset is dropped: publishers of UK
    /// services write UK wall-clock times, and a recurring time has no single offset to convert by.
    /// </summary>
    public static TimeOnly? ReadTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var clock = text.Trim();
        var zone = clock.IndexOfAny(['Z', 'z', '+', '-']);
        if (zone > 0)
        {
            clock = clock[..zone];
        }
        return TimeOnly.TryParseExact(clock, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    // ---- how people attend ----

    /// <summary>
    /// Our formats as a schedule's free-text <c>attending_type</c>: first the kind of support
    /// ("group", "one-to-one", "group and one-to-one"; the standard has no field for it), then the
    /// ways of meeting ("in person", "online", "phone", "hybrid" for in person and online together),
    /// joined with ", " ("group, hybrid, phone"); null when none.
    /// </summary>
    public static string? AttendingType(Formats formats)
    {
        var words = new List<string>(3);
        var group = formats.HasFlag(Formats.Group);
        var oneToOne = formats.HasFlag(Formats.OneToOne);
        if (group || oneToOne)
        {
            words.Add(group && oneToOne ? "group and one-to-one" : group ? "group" : "one-to-one");
        }
        var inPerson = formats.HasFlag(Formats.InPerson);
        var online = formats.HasFlag(Formats.Online);
        if (inPerson && online)
        {
            words.Add("hybrid");
        }
        else if (inPerson)
        {
            words.Add("in person");
        }
        else if (online)
        {
            words.Add("online");
        }
        if (formats.HasFlag(Formats.Phone))
        {
            words.Add("phone");
        }
        return words.Count == 0 ? null : string.Join(", ", words);
    }

    /// <summary>
    /// The formats another publisher's <c>attending_type</c> names: the kind (group, one-to-one)
    /// and the ways of meeting (in person, online, phone); None when it names none.
    /// </summary>
    public static Formats ReadAttendingType(string? text)
    {
        var t = (text ?? "").ToLowerInvariant();
        var formats = Formats.None;
        if (GroupWords.IsMatch(t))
        {
            formats |= Formats.Group;
        }
        if (OneToOneWords.IsMatch(t))
        {
            formats |= Formats.OneToOne;
        }
        if (t.Contains("hybrid", StringComparison.Ordinal))
        {
            formats |= Formats.InPerson | Formats.Online;
        }
        if (t.Contains("in person", StringComparison.Ordinal) || t.Contains("in-person", StringComparison.Ordinal) || t.Contains("face to face", StringComparison.Ordinal))
        {
            formats |= Formats.InPerson;
        }
        if (t.Contains("online", StringComparison.Ordinal) || t.Contains("video", StringComparison.Ordinal) || t.Contains("remote", StringComparison.Ordinal) || t.Contains("virtual", StringComparison.Ordinal))
        {
            formats |= Formats.Online;
        }
        if (t.Contains("phone", StringComparison.Ordinal))
        {
            formats |= Formats.Phone;
        }
        return formats;
    }

    // ---- status ----

    /// <summary>
    /// A public listing's service <c>status</c>: running is "active", taking a break is "temporarily
    /// closed", lapsed (not confirmed for a long time, may have stopped) is "inactive", closed is
    /// "defunct". Drafts and listings awaiting review are never published, so they have none.
    /// </summary>
    public static string? Status(ListingStatus status) => status switch
    {
        ListingStatus.Published => "active",
        ListingStatus.Paused => "temporarily closed",
        ListingStatus.Lapsed => "inactive",
        ListingStatus.Archived => "defunct",
        _ => null,
    };

    /// <summary>Another publisher's status as ours; null for a value the standard does not have.</summary>
    public static ListingStatus? ReadStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "active" => ListingStatus.Published,
        "temporarily closed" => ListingStatus.Paused,
        "inactive" => ListingStatus.Lapsed,
        "defunct" => ListingStatus.Archived,
        _ => null,
    };

    // ---- costs ----

    /// <summary>
    /// Our cost as the <c>option</c> of a cost option, in the words the site shows
    /// (<see cref="ListingWords.Costs"/>); free is also <c>amount: 0</c>.
    /// </summary>
    public static (string Option, decimal? Amount) CostOption(Cost cost) => (ListingWords.Costs(cost), cost == Cost.Free ? 0m : null);

    /// <summary>
    /// Another publisher's cost option as ours: an amount of 0 or an option saying free is free,
    /// "donation" or "pay what you can" is a donation, anything else with an amount or words is a charge.
    /// </summary>
    public static Cost ReadCost(string? option, decimal? amount)
    {
        var t = (option ?? "").ToLowerInvariant();
        if (amount == 0 || (amount is null && t.Contains("free", StringComparison.Ordinal)))
        {
            return Cost.Free;
        }
        return t.Contains("donation", StringComparison.Ordinal) || t.Contains("pay what you can", StringComparison.Ordinal) ? Cost.Donation : Cost.Paid;
    }

    // ---- descriptions ----

    private const string WhoForLabel = "Who it is for: ";
    private const string EligibilityLabel = "Eligibility: ";
    private const string FirstVisitLabel = "At a first visit: ";
    private const string JoinLabel = "How to join: ";
    private const string HostLabel = "Hosted by: ";

    /// <summary>
    /// A listing's words as one service <c>description</c> (the standard has one field): the
    /// summary, the longer words, then labelled paragraphs for who it is for, eligibility and a
    /// first visit, and last "How to join: {join}. {run by}." and "Hosted by: {kind of host}" in the
    /// words the site shows (<see cref="ListingWords"/>). <see cref="ReadDescription"/> takes it apart again.
    /// </summary>
    public static string Description(Listing listing)
    {
        var parts = new List<string> { listing.Summary, listing.Description };
        parts.AddRange(Labelled(WhoForLabel, listing.WhoFor), Labelled(EligibilityLabel, listing.Eligibility), Labelled(FirstVisitLabel, listing.FirstVisit));
        parts.Add($"{JoinLabel}{ListingWords.Join(listing.JoinBy)}. {ListingWords.Run(listing.RunBy)}.");
        parts.Add(HostLabel + ListingWords.Host(listing.HostType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));

        static string Labelled(string label, string text) => text.Length > 0 ? label + text : "";
    }

    /// <summary>
    /// A service's description as our fields: the first paragraph is the summary when it fits
    /// (else a shortened one, and all of it is the description); labelled paragraphs
    /// (<see cref="Description"/>) fill their fields, "How to join" and "Hosted by" paragraphs in
    /// our words give how to join, who runs it and the kind of host (null when another publisher's
    /// words say none); the rest is the description.
    /// </summary>
    public static DescriptionReading ReadDescription(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DescriptionReading(null, null);
        }
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var first = paragraphs[0].Split('\n', 2)[0].Trim();
        if (first.Length > ListingLimits.Summary)
        {
            var cut = first.LastIndexOf(' ', ListingLimits.Summary - 2);
            return new DescriptionReading(first[..(cut > 0 ? cut : ListingLimits.Summary - 1)] + "…", text.Trim());
        }
        paragraphs[0] = paragraphs[0][first.Length..].Trim();
        var reading = new DescriptionReading(first, null);
        var rest = new List<string>();
        foreach (var paragraph in paragraphs.Where(p => p.Length > 0))
        {
            string? After(string label) => paragraph.StartsWith(label, StringComparison.Ordinal) ? paragraph[label.Length..].Trim() : null;
            if (After(WhoForLabel) is { } whoFor && reading.WhoFor is null)
            {
                reading = reading with { WhoFor = whoFor };
            }
            else if (After(EligibilityLabel) is { } eligibility && reading.Eligibility is null)
            {
                reading = reading with { Eligibility = eligibility };
            }
            else if (After(FirstVisitLabel) is { } firstVisit && reading.FirstVisit is null)
            {
                reading = reading with { FirstVisit = firstVisit };
            }
            else if (After(JoinLabel) is { } join && JoinAndRun(join) is { } both)
            {
                reading = reading with { JoinBy = both.Join, RunBy = both.Run };
            }
            else if (ReadHost(After(HostLabel)) is { } host)
            {
                reading = reading with { HostType = host };
            }
            else
            {
                rest.Add(paragraph);
            }
        }
        return reading with { Description = rest.Count > 0 ? string.Join("\n\n", rest) : null };
    }

    private static (JoinBy Join, RunBy Run)? JoinAndRun(string words)
    {
        foreach (var join in Enum.GetValues<JoinBy>())
        {
            foreach (var run in Enum.GetValues<RunBy>())
            {
                if (words == $"{ListingWords.Join(join)}. {ListingWords.Run(run)}.")
                {
                    return (join, run);
                }
            }
        }
        return null;
    }

    /// <summary>The kind of host words name in ours (<see cref="ListingWords.Host"/>); null for any other words.</summary>
    public static HostType? ReadHost(string? words) =>
        Enum.GetValues<HostType>().Select(h => (HostType?)h).FirstOrDefault(h => string.Equals(ListingWords.Host(h!.Value), words?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The access a location's <c>accessibility</c> words name in ours (<see cref="ListingWords.Access"/>, joined with ", "); words of another kind are left.</summary>
    public static Accessibility ReadAccessibility(string? words)
    {
        var all = Accessibility.None;
        foreach (var part in (words ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            all |= Enum.GetValues<Accessibility>().FirstOrDefault(a => a != Accessibility.None && string.Equals(ListingWords.Access(a), part, StringComparison.OrdinalIgnoreCase));
        }
        return all;
    }

    // ---- local taxonomy ----

    /// <summary>The <c>taxonomy</c> name of the terms from one of our dimensions ("peersupport-directory:gender").</summary>
    public static string TaxonomyName(string dimensionSlug) => $"{LocalTaxonomy}:{dimensionSlug}";

    /// <summary>The dimension slug of a term from our own local taxonomy, or null for any other taxonomy.</summary>
    public static string? ReadTaxonomyName(string? taxonomy) =>
        taxonomy is not null && taxonomy.StartsWith(LocalTaxonomy + ":", StringComparison.Ordinal) && taxonomy.Length > LocalTaxonomy.Length + 1
            ? taxonomy[(LocalTaxonomy.Length + 1)..]
            : null;

    // ---- contacts ----

    /// <summary>
    /// A contact route's kind as a contact's <c>title</c> word ("Email", "Phone", "Text message",
    /// "Website", "Booking"); a route with a written value has the title "Email: hello@example.org".
    /// </summary>
    public static string ContactTitle(ContactKind kind) => kind switch
    {
        ContactKind.Email => "Email",
        ContactKind.Phone => "Phone",
        ContactKind.Text => "Text message",
        ContactKind.Website => "Website",
        _ => "Booking",
    };

    /// <summary>The kind a contact's title word names, case ignored; null for any other title (a person's job, say).</summary>
    public static ContactKind? ReadContactTitle(string? word) =>
        Enum.GetValues<ContactKind>().Select(k => (ContactKind?)k).FirstOrDefault(k => string.Equals(ContactTitle(k!.Value), word?.Trim(), StringComparison.OrdinalIgnoreCase));

    // ---- areas served ----

    /// <summary>
    /// An area served as a service area's free-text <c>service_area</c>: "Anyone in England" for a
    /// national area, "Within 25 km of Leeds" for a radius, a region's name as it is.
    /// </summary>
    public static string ServiceAreaWords(AreaServed area) => area.Kind switch
    {
        AreaKind.National => $"Anyone in {area.Name}",
        AreaKind.Radius when area.RadiusKm is { } km => string.Create(CultureInfo.InvariantCulture, $"Within {km:0.#} km of {area.Name}"),
        _ => area.Name,
    };

    /// <summary>
    /// The area a service area's words give back, when they alone are enough: a national area
    /// ("Anyone in England"). A radius or a region needs a centre or a boundary the words do not
    /// hold, so those are null.
    /// </summary>
    public static AreaServed? ReadServiceAreaWords(string? words) =>
        words?.Trim() is { } w && w.StartsWith("Anyone in ", StringComparison.OrdinalIgnoreCase) && w.Length > "Anyone in ".Length
            ? new AreaServed { Kind = AreaKind.National, Name = w["Anyone in ".Length..].Trim() }
            : null;
}
