using System.Globalization;
using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// The standard's query parameters of a list, read and checked: a wrong value is a 400 with a
/// message saying which and why, never a guess. <c>minimum_age</c> and <c>maximum_age</c> are
/// checked and then not used (listings hold no ages); the parameters the standard marks for
/// other purposes (<c>full</c>, <c>minimal</c>, <c>modified_after</c>, <c>format</c>) are ignored.
/// </summary>
public sealed record OrukQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;
    public const int MaxSearchLength = 200;

    /// <summary>Farthest <c>proximity</c> in metres (about the length of Great Britain).</summary>
    public const int MaxProximityMetres = 1_000_000;

    public string? Search { get; init; }
    public int Page { get; init; } = 1;
    public int PerPage { get; init; } = DefaultPerPage;
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }

    /// <summary>The days of <c>day</c>, as the index's day filter (a service meeting on any of them).</summary>
    public FilterSet When { get; init; }

    /// <summary>
    /// With <c>start_time</c> or <c>end_time</c>: one session on one of the days (any day without
    /// <c>day</c>) starting at or after the one and ending at or before the other, exactly; null without them.
    /// </summary>
    public SessionWindow? Sessions { get; init; }

    public string? Postcode { get; init; }
    public double? ProximityMetres { get; init; }

    /// <summary>The query read, or the message of a 400.</summary>
    public static (OrukQuery? Query, string? Problem) Read(IQueryCollection q, bool allowPlace)
    {
        string? One(string key) => q.TryGetValue(key, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[^1]) ? v[^1]!.Trim() : null;
        var query = new OrukQuery();
        if (One("page") is { } page)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return (null, "page must be a whole number from 1.");
            }
            query = query with { Page = n };
        }
        if (One("per_page") is { } perPage)
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return (null, $"per_page must be a whole number from 1 to {MaxPerPage}.");
            }
            query = query with { PerPage = Math.Min(n, MaxPerPage) };
        }
        if (One("search") is { } search)
        {
            if (search.Length > MaxSearchLength)
            {
                return (null, $"search must be at most {MaxSearchLength} characters.");
            }
            query = query with { Search = search };
        }
        foreach (var (key, set) in new (string, Func<OrukQuery, Guid, OrukQuery>)[] { ("taxonomy_term_id", (o, g) => o with { TaxonomyTermId = g }), ("taxonomy_id", (o, g) => o with { TaxonomyId = g }) })
        {
            if (One(key) is { } text)
            {
                if (!Guid.TryParse(text, out var id))
                {
                    return (null, $"{key} must be a UUID, as /taxonomy_terms and /taxonomies give.");
                }
                query = set(query, id);
            }
        }
        List<DayOfWeek>? days = null;
        if (One("day") is { } day)
        {
            days = [];
            foreach (var part in day.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var named = OrukTerms.ReadDay(part) ?? (Enum.TryParse<DayOfWeek>(part, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(part, out _) ? d : null);
                if (named is not { } found)
                {
                    return (null, "day must be MO, TU, WE, TH, FR, SA or SU (or the day's name); several may be given with commas.");
                }
                days.Add(found);
            }
            if (days.Count == 0)
            {
                return (null, "day must name at least one day: MO, TU, WE, TH, FR, SA or SU.");
            }
            query = query with { When = days.Aggregate(query.When, (when, d) => when | FilterGroups.Of(d)) };
        }
        TimeOnly? from = null, to = null;
        foreach (var key in new[] { "start_time", "end_time" })
        {
            if (One(key) is { } text)
            {
                if (OrukTerms.ReadTime(text) is not { } time)
                {
                    return (null, $"{key} must be a time like 18:00.");
                }
                if (key == "start_time")
                {
                    from = time;
                }
                else
                {
                    to = time;
                }
            }
        }
        if (from > to)
        {
            return (null, "start_time must not be later than end_time.");
        }
        if (from is not null || to is not null)
        {
            query = query with { Sessions = new SessionWindow(days, from, to) };
        }
        foreach (var key in new[] { "minimum_age", "maximum_age" })
        {
            if (One(key) is { } text && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return (null, $"{key} must be a number.");
            }
        }
        if (allowPlace && One("postcode") is { } postcode)
        {
            query = query with { Postcode = postcode.Length <= 100 ? postcode : null };
            if (query.Postcode is null)
            {
                return (null, "postcode is too long.");
            }
        }
        if (allowPlace && One("proximity") is { } proximity)
        {
            if (query.Postcode is null)
            {
                return (null, "proximity needs a postcode to measure from.");
            }
            if (!double.TryParse(proximity, NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || metres <= 0 || metres > MaxProximityMetres)
            {
                return (null, $"proximity must be a distance in metres, more than 0 and at most {MaxProximityMetres}.");
            }
            query = query with { ProximityMetres = metres };
        }
        return (query, null);
    }

    /// <summary>True when the answer says what someone looked for (words or a place), so it must not be cached on the way.</summary>
    public bool IsPersonal => Search is not null || Postcode is not null;
}
