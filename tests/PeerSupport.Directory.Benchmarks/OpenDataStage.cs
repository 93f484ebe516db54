using System.Diagnostics;
using System.Text.Json;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// A council's nightly harvest of the Open Referral UK API (issue 13): every page of
/// <c>/api/oruk/services?per_page=50</c> in turn, as one client reads them, timing each page and
/// sampling the site's working set every 100 pages; then the same harvest of the evening
/// sessions (<c>start_time=18:00</c>), whose every page reads each listing's schedules.
/// </summary>
internal static class OpenDataStage
{
    private const int PerPage = 50;
    private const string Window = "start_time=18:00";

    public static async Task RunAsync(BenchmarkContext context, HttpClient site, Process siteProcess)
    {
        var report = context.Report;
        var memory = new List<long>();
        var all = await HarvestAsync(report, site, "", () => memory.Add(MemorySnapshot.Of(siteProcess).WorkingSet));
        report.Figure("open data", $"harvest /api/oruk/services, {PerPage} a page", $"{all.Seconds:0.0} s for {all.Pages.Count:N0} pages",
            $"{all.Items:N0} services; one client reading page after page");
        report.Figure("open data", "  a page", $"p50 {Ms(all.Pages.Percentile(50))}, p99 {Ms(all.Pages.Percentile(99))}, max {Ms(all.Pages.Max)}", "");
        var (first, last) = (memory.FirstOrDefault(), memory.LastOrDefault());
        report.Figure("open data", "  site working set, first → last sample", $"{MemorySnapshot.Mb(first)} → {MemorySnapshot.Mb(last)}",
            $"{memory.Count} samples, every 100 pages; peak {MemorySnapshot.Mb(memory.DefaultIfEmpty().Max())}");
        var evening = await HarvestAsync(report, site, Window, () => { });
        report.Figure("open data", $"harvest /api/oruk/services?{Window}", $"{evening.Seconds:0.0} s for {evening.Pages.Count:N0} pages",
            $"{evening.Items:N0} services with a session from 6pm; p50 {Ms(evening.Pages.Percentile(50))}, p99 {Ms(evening.Pages.Percentile(99))}, max {Ms(evening.Pages.Max)} a page");
        report.Target("open data: a page of 50 p99 ≤ 50 ms", $"p99 {Ms(all.Pages.Percentile(99))}", all.Pages.Percentile(99) <= 50);
        report.Target($"open data: a page of 50 with {Window} p99 ≤ 50 ms", $"p99 {Ms(evening.Pages.Percentile(99))}", evening.Pages.Percentile(99) <= 50);
        report.Target("open data: every page harvested ≤ 60 s", $"{all.Seconds:0.0} s", all.Seconds <= 60);
        report.Target("open data: memory flat while harvesting (last within 15 % of first)", $"{MemorySnapshot.Mb(first)} → {MemorySnapshot.Mb(last)}", last <= first * 1.15);
    }

    /// <summary>Every page of the services list with <paramref name="filter"/>, timed; <paramref name="sample"/> runs every 100 pages.</summary>
    private static async Task<(Latencies Pages, int Items, double Seconds)> HarvestAsync(Report report, HttpClient site, string filter, Action sample)
    {
        var pages = new Latencies();
        var (items, totalPages) = (0, 1);
        var started = Stopwatch.GetTimestamp();
        for (var page = 1; page <= totalPages; page++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await site.GetAsync($"/api/oruk/services?per_page={PerPage}&page={page}&{filter}");
            var body = await response.Content.ReadAsByteArrayAsync();
            pages.Add(Since(start));
            if (!response.IsSuccessStatusCode)
            {
                report.Note($"open data: page {page} of ?{filter} answered {(int)response.StatusCode}; the harvest stopped there");
                break;
            }
            using var json = JsonDocument.Parse(body);
            totalPages = json.RootElement.GetProperty("total_pages").GetInt32();
            items += json.RootElement.GetProperty("contents").GetArrayLength();
            if (page % 100 == 1)
            {
                sample();
            }
        }
        return (pages, items, Since(started) / 1000);
    }
}
