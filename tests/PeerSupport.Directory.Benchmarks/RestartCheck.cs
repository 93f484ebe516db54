using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// <c>stress --restart-check</c>, run by <see cref="StressCommand"/> on the data folder a crashed
/// run left (issue 16: "a process crash of any kind is followed by a clean restart"): opens it as
/// the site starts (the index reopens at its last commit, or is rebuilt when damaged), then checks,
/// against the database read here, that every published listing is in the index at its committed
/// version and nothing else is, that the last edit the run committed before it died is there, and
/// that a search answers. Exit code 0 when all hold.
/// </summary>
internal static class RestartCheck
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var folder = options.DataFolder ?? throw new ArgumentException("--restart-check needs --data");
        var problems = new List<string>();
        await using var directory = BenchmarkDirectory.Open(folder, withSearch: true);
        var how = await directory.StartIndexAsTheSiteDoesAsync();
        Dictionary<int, string> published;
        await using (var scope = directory.Services.CreateAsyncScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Listings.AsNoTracking()
                .Where(l => l.Status == ListingStatus.Published).Select(l => new { l.Id, l.Version })
                .ToDictionaryAsync(l => l.Id, l => l.Version.ToString("N"));
        }
        var indexed = directory.Services.GetRequiredService<SearchIndex>().IndexedVersions();
        var missing = published.Count(p => !indexed.TryGetValue(p.Key, out var v) || v != p.Value);
        var extra = indexed.Keys.Count(id => !published.ContainsKey(id));
        if (missing + extra > 0)
        {
            problems.Add($"the index differs from the database: {missing:N0} published listings missing or at another version, {extra:N0} not published");
        }
        var last = File.Exists(StressEditor.LastEditFile(folder)) ? File.ReadAllText(StressEditor.LastEditFile(folder)).Split(' ') : null;
        var lastEdit = "no edit was recorded";
        if (last is [var id, var version, var status])
        {
            var searchable = status == nameof(ListingStatus.Published);
            var found = indexed.TryGetValue(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), out var at) && at == version;
            lastEdit = $"the last committed edit (listing {id}, {status}) is {(found ? "in the index" : "not in the index")}";
            if (found != searchable)
            {
                problems.Add(lastEdit + (searchable ? ", but it is published" : ", but it is not published"));
            }
        }
        var hits = directory.Search.Search(new SearchRequest()).Total;
        if (published.Count > 0 && hits == 0)
        {
            problems.Add("a search with no terms found nothing");
        }
        Console.WriteLine($"Restart: the index {how}; {published.Count:N0} published listings, {indexed.Count:N0} indexed; {lastEdit}; a search found {hits:N0}.");
        foreach (var problem in problems)
        {
            Console.WriteLine($"Restart problem: {problem}.");
        }
        return problems.Count == 0 ? 0 : 1;
    }
}
