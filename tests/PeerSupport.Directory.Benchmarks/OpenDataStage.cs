using System.Diagnostics;
using System.Text.Json;
using static PeerSupport.Directory.Benchmarks.Latencies;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// A council's nightly harvest of the Open Referral UK API (issue 13): every page of
/// <c>/api/oruk/services?per_page=50</c> in turn, as one client reads them, timing each page and
/// sampling the site's working set every 100 pages.
/// </summary>
internal static class OpenDataStage
{
    private const int PerPage = 50;

    public static async Task RunAsync(BenchmarkContext context, HttpClient site, Process siteProcess)
    {
        var report = context.Report;
        var pages = new Latencies();
        var memory = new List<long>();
        var (items, totalPages) = (0, 1);
        var started = Stopwatch.GetTimestamp();
        for (var page = 1; page <= totalPages; page++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await site.GetAsync($"/api/oruk/services?per_page={PerPage}&page={page}");
            var body = await response.Content.ReadAsByteArrayAsync();
            pages.Add(Since(start));
            if (!response.IsSuccessStatusCode)
            {
                report.Note($"open data: page {page} answered {(int)response.StatusCode}; the harvest stopped there");
                break;
            }
            using var json = JsonDocument.Parse(body);
            totalPages = json.RootElement.GetProperty("total_pages").GetInt32();
            items += json.RootElement.GetProperty("contents").GetArrayLength();
            if (page % 100 == 1)
            {
                memory.Add(MemorySnapshot.Of(siteProcess).WorkingSet);
            }
        }
        var seconds = Since(started) / 1000;
        report.Figure("open data", $"harvest /api/oruk/services, {PerPage} a page", $"{seconds:0.0} s for {pages.Count:N0} pages",
            $"{items:N0} services; one client reading page after page");
        report.Figure("open data", "  a page", $"p50 {Ms(pages.Percentile(50))}, p99 {Ms(pages.Percentile(99))}, max {Ms(pages.Max)}", "");
        var (first, last) = (memory.FirstOrDefault(), memory.LastOrDefault());
        report.Figure("open data", "  site working set, first → last sample", $"{MemorySnapshot.Mb(first)} → {MemorySnapshot.Mb(last)}",
            $"{memory.Count} samples, every 100 pages; peak {MemorySnapshot.Mb(memory.DefaultIfEmpty().Max())}");
        report.Target("open data: a page of 50 p99 ≤ 50 ms", $"p99 {Ms(pages.Percentile(99))}", pages.Percentile(99) <= 50);
        report.Target("open data: every page harvested ≤ 60 s", $"{seconds:0.0} s", seconds <= 60);
        report.Target("open data: memory flat while harvesting (last within 15 % of first)", $"{MemorySnapshot.Mb(first)} → {MemorySnapshot.Mb(last)}", last <= first * 1.15);
    }
}
