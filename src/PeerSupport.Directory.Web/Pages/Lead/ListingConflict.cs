using System.Text.Json;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>One field someone else changed while this person was editing.</summary>
public sealed record FieldConflict(string Field, string YouStartedWith, string TheySaved, string YouTyped);

/// <summary>
/// A listing's form values in words, field by field, so that a refused stale save can show what
/// the other person changed (their saved values against the ones this person started from)
/// next to what this person typed.
/// </summary>
public static class ListingConflict
{
    public static string Serialise(ListingForm form, IReadOnlyDictionary<string, string> tagNames) =>
        JsonSerializer.Serialize(Describe(form, tagNames));

    public static IReadOnlyList<FieldConflict> Compare(string? original, ListingForm saved, ListingForm typed, IReadOnlyDictionary<string, string> tagNames)
    {
        var started = Started(original);
        var theirs = Describe(saved, tagNames);
        var yours = Describe(typed, tagNames);
        return [.. theirs
            .Where(t => started.GetValueOrDefault(t.Key, "") != t.Value)
            .Select(t => new FieldConflict(t.Key, started.GetValueOrDefault(t.Key, ""), t.Value, yours.GetValueOrDefault(t.Key, "")))];
    }

    /// <summary>
    /// The values this person started from, carried by the form's hidden field: it comes back from
    /// the browser, so anything that is not the shape <see cref="Serialise"/> wrote counts as
    /// "started from nothing" (every field the other person saved is shown as their change).
    /// </summary>
    private static Dictionary<string, string> Started(string? original)
    {
        if (string.IsNullOrEmpty(original))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(original) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static Dictionary<string, string> Describe(ListingForm f, IReadOnlyDictionary<string, string> tagNames)
    {
        static string Text(string? s) => s?.Trim() ?? "";
        var place = f.Place.IsBlank ? "" : string.Join(", ", new[]
        {
            f.Place.VenueName, f.Place.Address, f.Place.Town, f.Place.Postcode, $"{Text(f.Place.Latitude)} {Text(f.Place.Longitude)}",
        }.Select(Text).Where(x => x.Length > 0));
        var area = f.Area.Kind is not { } kind ? "" : string.Join(", ", new[]
        {
            kind.ToString(), f.Area.Name, f.Area.RadiusKm is { Length: > 0 } km ? $"{km} km" : "", f.Area.Wkt,
        }.Select(Text).Where(x => x.Length > 0));
        return new Dictionary<string, string>
        {
            ["Name"] = Text(f.Name),
            ["Summary"] = Text(f.Summary),
            ["About the group"] = Text(f.Description),
            ["Who it is for"] = string.Join(", ", f.Tags.Distinct().Select(t => tagNames.GetValueOrDefault(t, t)).Order(StringComparer.Ordinal)),
            ["Who it is for, in your own words"] = Text(f.WhoFor),
            ["Who can join"] = Text(f.Eligibility),
            ["How people meet"] = string.Join(", ", f.Formats.Distinct().Order().Select(ListingWords.Format)),
            ["Run by"] = ListingWords.Run(f.RunBy),
            ["Host"] = ListingWords.Host(f.HostType),
            ["Organisation"] = Text(f.Organisation),
            ["Joining"] = ListingWords.Join(f.JoinBy),
            ["First visit"] = Text(f.FirstVisit),
            ["Cost"] = ListingWords.Costs(f.Cost),
            ["About the cost"] = Text(f.CostNotes),
            ["Access"] = string.Join(", ", f.Accessibility.Distinct().Order().Select(ListingWords.Access)),
            ["Languages"] = Text(f.Languages),
            ["Contacts"] = string.Join("; ", f.Contacts.Where(c => !c.IsBlank).Select(c => $"{c.Kind}: {Text(c.Value)} {Text(c.Label)}".Trim())),
            ["When"] = string.Join("; ", f.Schedules.Where(s => !s.IsBlank).Select(Schedule)),
            ["Place"] = place,
            ["Area served"] = area,
            ["Address on request"] = f.AddressOnRequest ? "Yes" : "No",
            ["Accept messages"] = f.AcceptsMessages ? "Yes" : "No",
        };
    }

    private static string Schedule(ScheduleRow s) =>
        string.Join(" ", new[] { s.Kind?.ToString(), s.Nth?.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Day?.ToString(), s.Date, s.Start, s.End, s.Notes }
            .Where(x => !string.IsNullOrWhiteSpace(x)));
}
