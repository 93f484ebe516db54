using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Location queries from the mix (those without free text or filters, which brute force does not
/// model) answered twice: by <see cref="ListingSearch"/> over the index, and by a haversine
/// (<see cref="GeoPoint.DistanceKmTo"/>) scan over every published row in the database.
/// </summary>
internal static class CorrectnessStage
{
    private sealed record Row(int Id, Formats Formats, Place? Place, AreaServed? Area, HashSet<string> Slugs, JoinBy Join, Cost Cost, RunBy Run, Accessibility Access)
    {
        public bool InPerson => Formats.HasFlag(Formats.InPerson);
        public bool MeetsRemotely => Formats.HasFlag(Formats.Online) || Formats.HasFlag(Formats.Phone);
    }

    /// <summary>A row as brute force places it; "remote" is what "only groups near me" leaves out.</summary>
    private sealed record Expected(Row Row, Reach Reach, double? DistanceKm)
    {
        public bool Remote => Reach == Reach.OnlineOrPhone || !Row.InPerson;
    }

    /// <summary>Failures of one check: how many queries failed it and the first example.</summary>
    private sealed class Tally
    {
        public int Failed { get; private set; }
        public string? Example { get; private set; }

        public void Fail(string example)
        {
            Failed++;
            Example ??= example;
        }
    }

    private const string Venues = "venues shown are exactly those within the radius";
    private const string Distances = "each distance equals the haversine distance";
    private const string InRadius = "no venue result lies beyond the radius";
    private const string DistanceOrder = "sorted by distance, venues come in brute-force order";
    private const string BestMatchOrder = "best match orders by preferences met, freshness, reach, distance";
    private const string Remote = "online and phone results are exactly the brute-force set";
    private const string Areas = "area results are exactly those whose area covers the place";
    private const string National = "national results are exactly the brute-force set";
    private const string Preferences = "preferences met equal the listing's tags and formats";
    private const string Total = "the total equals the brute-force count";
    private const string Facets = "facet counts (tag, online, join, cost, run, access) equal brute-force counts";

    public static async Task RunAsync(BenchmarkContext context, BenchmarkDirectory directory)
    {
        var report = context.Report;
        var rows = await LoadRowsAsync(directory);
        var requests = (await QueryLatencyStage.ResolveAsync(context))
            .Select(q => q.Request with { Page = 1, PageSize = 1_000_000 })
            .Where(r => r.Near is not null && string.IsNullOrWhiteSpace(r.Text) && !HasFilters(r))
            .Take(context.Options.CorrectnessQueries)
            .ToList();
        var checks = new[] { Venues, Distances, InRadius, DistanceOrder, BestMatchOrder, Remote, Areas, National, Preferences, Total, Facets }
            .ToDictionary(name => name, _ => new Tally());
        foreach (var request in requests)
        {
            var bestMatch = directory.Search.Search(request with { Sort = SortOrder.BestMatch });
            var byDistance = directory.Search.Search(request with { Sort = SortOrder.Distance });
            Check(request, rows, bestMatch, byDistance, checks);
        }
        foreach (var (name, tally) in checks)
        {
            report.Check(name, tally.Failed == 0,
                tally.Failed == 0 ? $"{requests.Count} location queries" : $"{tally.Failed} of {requests.Count} queries; first: {tally.Example}");
        }
    }

    private static bool HasFilters(SearchRequest r) =>
        r.Must.Count + r.Activities.Count > 0 || !r.Filters.IsEmpty;

    private static void Check(SearchRequest request, List<Row> rows, SearchResults bestMatch, SearchResults byDistance, Dictionary<string, Tally> checks)
    {
        var near = request.Near!.Value;
        var radius = request.RadiusKm;
        var label = $"{near.Latitude:0.###},{near.Longitude:0.###} r={radius:0.#} km{(request.IncludeOnlineAndPhone ? "" : " local")}";
        var everything = Place(rows, near, radius, request.Nation);
        var expected = request.IncludeOnlineAndPhone ? everything : everything.Where(e => !e.Remote).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        var hits = bestMatch.Hits;

        IEnumerable<int> Ids(IEnumerable<SearchHit> source, Reach reach) => source.Where(h => h.Reach == reach).Select(h => h.Card.Id);
        IEnumerable<int> Want(Reach reach) => expected.Where(e => e.Reach == reach).Select(e => e.Row.Id);
        Compare(checks[Venues], label, Want(Reach.Venue), Ids(hits, Reach.Venue));
        Compare(checks[Remote], label, Want(Reach.OnlineOrPhone), Ids(hits, Reach.OnlineOrPhone));
        Compare(checks[Areas], label, Want(Reach.CoversArea), Ids(hits, Reach.CoversArea));
        Compare(checks[National], label, Want(Reach.National), Ids(hits, Reach.National));
        if (bestMatch.Total != expected.Count)
        {
            checks[Total].Fail($"{label}: {bestMatch.Total}, brute force {expected.Count}");
        }

        var distances = expected.Where(e => e.Reach == Reach.Venue).ToDictionary(e => e.Row.Id, e => e.DistanceKm!.Value);
        if (hits.FirstOrDefault(h => h.Reach == Reach.Venue && distances.TryGetValue(h.Card.Id, out var d) && Math.Abs(d - (h.DistanceKm ?? double.NaN)) > 1e-6) is { } wrong)
        {
            checks[Distances].Fail($"{label}: listing {wrong.Card.Id} at {wrong.DistanceKm} km, brute force {distances[wrong.Card.Id]} km");
        }
        if (hits.FirstOrDefault(h => h.Reach == Reach.Venue && !(h.DistanceKm <= radius)) is { } outside)
        {
            checks[InRadius].Fail($"{label}: listing {outside.Card.Id} at {outside.DistanceKm:0.00} km");
        }
        var want = distances.Values.Order().ToList();
        var got = byDistance.Hits.TakeWhile(h => h.Reach == Reach.Venue).Select(h => h.DistanceKm ?? double.NaN).ToList();
        if (want.Count != got.Count || want.Zip(got).Any(p => Math.Abs(p.First - p.Second) > 1e-6))
        {
            var at = want.Zip(got).TakeWhile(p => Math.Abs(p.First - p.Second) <= 1e-6).Count();
            checks[DistanceOrder].Fail($"{label}: {got.Count} venues first, brute force {want.Count}; first difference at position {at + 1}");
        }

        var keys = hits.Select(h => (Met: -h.PreferencesMet.Count, Stale: h.MayBeOutOfDate ? 1 : 0, Reach: (int)h.Reach, Km: h.DistanceKm ?? double.MaxValue)).ToList();
        var unordered = Enumerable.Range(1, Math.Max(0, keys.Count - 1)).FirstOrDefault(i => keys[i].CompareTo(keys[i - 1]) < 0, -1);
        if (unordered >= 0)
        {
            checks[BestMatchOrder].Fail($"{label}: result {unordered + 1} (listing {hits[unordered].Card.Id}) should come before result {unordered}");
        }
        var preferences = request.Tags.Concat(request.Formats).Concat(request.Must).Distinct().ToList();
        if (hits.FirstOrDefault(h => !h.PreferencesMet.ToHashSet().SetEquals(preferences.Where(byId[h.Card.Id].Slugs.Contains))) is { } mismatch)
        {
            checks[Preferences].Fail($"{label}: listing {mismatch.Card.Id} said to meet [{string.Join(", ", mismatch.PreferencesMet)}]");
        }
        CheckFacetCounts(bestMatch, expected, everything, label, checks[Facets]);
    }

    /// <summary>
    /// Facet counts, brute force: with no filters chosen, a tag's or a value's count is the
    /// results that have it, and "include online and phone" counts every candidate offered only
    /// remotely. Values are read from the listing's own fields by enum name, not through the
    /// search's filter table, so a mistake in the table shows here. (Days and times come from
    /// schedules and are checked by the unit tests of the table.)
    /// </summary>
    private static void CheckFacetCounts(SearchResults results, List<Expected> expected, List<Expected> everything, string label, Tally tally)
    {
        var tagCounts = results.Facets.GetValueOrDefault(FacetNames.Tags) ?? [];
        var wrongTag = tagCounts.FirstOrDefault(f => f.Count != expected.Count(e => e.Row.Slugs.Contains(f.Value)));
        var missingTag = expected.SelectMany(e => e.Row.Slugs).Distinct().FirstOrDefault(s => tagCounts.All(f => f.Value != s));
        var online = results.CountOf(FacetNames.OnlineAndPhone, "true");
        var wantOnline = everything.Count(e => e.Remote);
        if (wrongTag is not null)
        {
            tally.Fail($"{label}: tag {wrongTag.Value} counted {wrongTag.Count}, brute force {expected.Count(e => e.Row.Slugs.Contains(wrongTag.Value))}");
        }
        else if (missingTag is not null)
        {
            tally.Fail($"{label}: tag {missingTag} has no count");
        }
        else if (online != wantOnline)
        {
            tally.Fail($"{label}: online and phone counted {online}, brute force {wantOnline}");
        }
        else
        {
            var values = new (string Facet, Func<Row, IEnumerable<string>> Of)[]
            {
                (FacetNames.Join, r => [r.Join.ToString()]),
                (FacetNames.Cost, r => [r.Cost.ToString()]),
                (FacetNames.RunBy, r => [r.Run.ToString()]),
                (FacetNames.Access, r => Enum.GetValues<Accessibility>().Where(a => a != Accessibility.None && r.Access.HasFlag(a)).Select(a => a.ToString())),
            };
            foreach (var (facet, of) in values)
            {
                var counted = results.Facets.GetValueOrDefault(facet) ?? [];
                var want = expected.SelectMany(e => of(e.Row)).CountBy(v => v).ToDictionary(p => p.Key, p => p.Value);
                if (counted.FirstOrDefault(f => f.Count != want.GetValueOrDefault(f.Value)) is { } wrong)
                {
                    tally.Fail($"{label}: {facet} {wrong.Value} counted {wrong.Count}, brute force {want.GetValueOrDefault(wrong.Value)}");
                    return;
                }
                if (want.Keys.FirstOrDefault(v => counted.All(f => f.Value != v)) is { } missing)
                {
                    tally.Fail($"{label}: {facet} {missing} has no count");
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Where each published row stands for a person at <paramref name="near"/>, before "only near
    /// me": a venue within the radius; else the area it serves, if that covers the place; else,
    /// if it has no area, online or by phone. A national listing for some nations only is placed
    /// only for a person in one of them.
    /// </summary>
    private static List<Expected> Place(List<Row> rows, GeoPoint near, double radiusKm, Nations nation)
    {
        var placed = new List<Expected>();
        foreach (var row in rows)
        {
            var km = row.Place is { } place ? near.DistanceKmTo(new GeoPoint(place.Latitude, place.Longitude)) : double.MaxValue;
            if (km <= radiusKm)
            {
                placed.Add(new Expected(row, Reach.Venue, km));
            }
            else if (row.Area is { Kind: AreaKind.National } national)
            {
                // "For anyone in Wales" is offered to people in Wales only.
                var forNations = NationNames.Named(national.Name);
                if (forNations == Nations.All || nation == Nations.All || forNations.HasFlag(nation))
                {
                    placed.Add(new Expected(row, Reach.National, null));
                }
            }
            else if (row.Area is { } area)
            {
                if (Covers(area, near))
                {
                    placed.Add(new Expected(row, Reach.CoversArea, null));
                }
            }
            else if (row.MeetsRemotely)
            {
                placed.Add(new Expected(row, Reach.OnlineOrPhone, null));
            }
        }
        return placed;
    }

    private static void Compare(Tally tally, string label, IEnumerable<int> expected, IEnumerable<int> actual)
    {
        var (want, got) = (expected.ToHashSet(), actual.ToList());
        var missing = want.Except(got).ToList();
        var extra = got.Except(want).ToList();
        var duplicates = got.Count - got.Distinct().Count();
        if (missing.Count + extra.Count + duplicates > 0)
        {
            tally.Fail($"{label}: {want.Count} expected, {missing.Count} missing (e.g. {string.Join(", ", missing.Take(3))}), "
                + $"{extra.Count} extra (e.g. {string.Join(", ", extra.Take(3))}){(duplicates > 0 ? $", {duplicates} duplicated" : "")}");
        }
    }

    private static async Task<List<Row>> LoadRowsAsync(BenchmarkDirectory directory)
    {
        await using var scope = directory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Published)
            .Select(l => new { l.Id, l.Formats, l.Place, l.Area, Tags = l.Tags.Select(t => t.Slug).ToList(), l.JoinBy, l.Cost, l.RunBy, l.Accessibility })
            .ToListAsync();
        return listings.Select(l => new Row(l.Id, l.Formats, l.Place, l.Area,
                l.Tags.Concat(ListingDocument.FormatTags.Where(f => l.Formats.HasFlag(f.Key)).Select(f => f.Value)).ToHashSet(),
                l.JoinBy, l.Cost, l.RunBy, l.Accessibility))
            .ToList();
    }

    /// <summary>
    /// Whether an area covers a point, worked out plainly (a full polygon test, the great-circle
    /// distance) and apart from search's prepared shapes, so the two can disagree.
    /// </summary>
    private static bool Covers(AreaServed area, GeoPoint point) => area.Kind switch
    {
        AreaKind.Radius => area is { Latitude: { } lat, Longitude: { } lon, RadiusKm: { } km }
            && new GeoPoint(lat, lon).DistanceKmTo(point) <= AreaShapes.EffectiveRadiusKm(km),
        AreaKind.Region => AreaShapes.ReadPolygon(area.Wkt)?.Covers(new NetTopologySuite.Geometries.Point(point.Longitude, point.Latitude)) ?? false,
        _ => false,
    };
}
