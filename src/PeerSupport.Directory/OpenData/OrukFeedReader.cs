using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// Reads the services of another publisher's Open Referral UK 3.0 feed, page by page, so a big feed
/// never sits in memory whole: from a base URL (<c>{base}/services?page=N&amp;per_page=M</c> over every
/// page the first one announces, and <c>{base}/services/{id}</c> for a list item that lacks its
/// schedules, locations and areas) or from a local JSON file (one service, a page, or an array of
/// services). A page that cannot be read is said with its number and what was wrong, and the reading
/// goes on with the next; only a first page that cannot be read ends it (it tells how many there are).
/// </summary>
public sealed class OrukFeedReader(HttpClient http, OrukFeedOptions options, TimeProvider clock)
{
    public static bool IsUrl(string urlOrFile) =>
        Uri.TryCreate(urlOrFile, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The feed's base, as the standard's paths hang off it: no query, no trailing slash or <c>/services</c>.</summary>
    public static string BaseOf(string url)
    {
        var uri = new Uri(url);
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/services", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/services".Length];
        }
        return uri.GetLeftPart(UriPartial.Authority) + path;
    }

    public IAsyncEnumerable<OrukFeedPage> ReadAsync(string urlOrFile, CancellationToken cancellationToken = default) =>
        IsUrl(urlOrFile) ? ReadFeedAsync(BaseOf(urlOrFile), cancellationToken) : ReadFileAsync(urlOrFile, cancellationToken);

    private async IAsyncEnumerable<OrukFeedPage> ReadFeedAsync(string feedBase, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int? totalPages = null;
        for (var page = 1; page <= (totalPages ?? 1); page++)
        {
            var where = $"page {page}";
            var (json, failure) = await GetAsync($"{feedBase}/services?page={page}&per_page={options.PerPage}", cancellationToken);
            var contents = json is { } root ? ContentsOf(root, out failure) : null;
            if (contents is null)
            {
                yield return new OrukFeedPage(where, [], [new OrukFeedProblem(where, failure!)]);
                if (totalPages is null)
                {
                    yield break;
                }
                continue;
            }
            if (totalPages is null)
            {
                if (!json!.Value.TryGetProperty("total_pages", out var total) || !total.TryGetInt32(out var count) || count < 0)
                {
                    yield return new OrukFeedPage(where, [], [new OrukFeedProblem(where, "has no total_pages number, so the feed's length is unknown")]);
                    yield break;
                }
                totalPages = Math.Min(count, options.MaxPages);
                if (count > options.MaxPages)
                {
                    yield return new OrukFeedPage("feed", [], [new OrukFeedProblem("feed", $"announces {count} pages; read the first {options.MaxPages} only")]);
                }
            }
            var services = new List<JsonElement>();
            var problems = new List<OrukFeedProblem>();
            foreach (var (item, position) in contents.Select((item, i) => (item, i + 1)))
            {
                if (item.ValueKind != JsonValueKind.Object || IdOf(item) is not { } id)
                {
                    problems.Add(new OrukFeedProblem($"{where} item {position}", "is not a service with an id"));
                }
                else if (HasDetail(item))
                {
                    services.Add(item);
                }
                else
                {
                    var (full, problem) = await GetServiceAsync(feedBase, id, cancellationToken);
                    if (full is { } record)
                    {
                        services.Add(record);
                    }
                    else
                    {
                        problems.Add(new OrukFeedProblem($"service {id}", problem!));
                    }
                }
            }
            yield return new OrukFeedPage(where, services, problems);
        }
    }

    private async Task<(JsonElement? Service, string? Problem)> GetServiceAsync(string feedBase, string id, CancellationToken cancellationToken)
    {
        var (json, failure) = await GetAsync($"{feedBase}/services/{Uri.EscapeDataString(id)}", cancellationToken);
        if (json is not { } service)
        {
            return (null, $"full record: {failure}");
        }
        return service.ValueKind == JsonValueKind.Object && IdOf(service) == id
            ? (service, null)
            : (null, "full record: the answer is not this service");
    }

    private static async IAsyncEnumerable<OrukFeedPage> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string where = "file";
        var (json, notJson) = await ParseFileAsync(path, cancellationToken);
        if (json is not { } root)
        {
            yield return new OrukFeedPage(where, [], [new OrukFeedProblem(where, notJson!)]);
            yield break;
        }
        IEnumerable<JsonElement>? items = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            JsonValueKind.Object when root.TryGetProperty("contents", out _) => ContentsOf(root, out _),
            JsonValueKind.Object when IdOf(root) is not null => [root],
            _ => null,
        };
        if (items is null)
        {
            yield return new OrukFeedPage(where, [], [new OrukFeedProblem(where, "is neither a service, a page of services (with \"contents\") nor an array of services")]);
            yield break;
        }
        var services = new List<JsonElement>();
        var problems = new List<OrukFeedProblem>();
        foreach (var (item, position) in items.Select((item, i) => (item, i + 1)))
        {
            if (item.ValueKind == JsonValueKind.Object && IdOf(item) is not null)
            {
                services.Add(item);
            }
            else
            {
                problems.Add(new OrukFeedProblem($"{where} item {position}", "is not a service with an id"));
            }
        }
        yield return new OrukFeedPage(where, services, problems);
    }

    private static async Task<(JsonElement? Json, string? Problem)> ParseFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        try
        {
            using var document = await JsonDocument.ParseAsync(file, cancellationToken: cancellationToken);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, $"not JSON: {e.Message}");
        }
    }

    /// <summary>The page's services, or null with what was wrong with the page.</summary>
    private static List<JsonElement>? ContentsOf(JsonElement page, out string? problem)
    {
        if (page.ValueKind != JsonValueKind.Object)
        {
            problem = $"is a JSON {page.ValueKind.ToString().ToLowerInvariant()}, not a page object";
            return null;
        }
        if (!page.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array)
        {
            problem = "has no \"contents\" array";
            return null;
        }
        problem = null;
        return contents.EnumerateArray().ToList();
    }

    /// <summary>A list item that has none of the parts we map needs its full record.</summary>
    private static bool HasDetail(JsonElement service) =>
        service.TryGetProperty("schedules", out _) || service.TryGetProperty("service_at_locations", out _) || service.TryGetProperty("service_areas", out _);

    public static string? IdOf(JsonElement service) =>
        service.ValueKind == JsonValueKind.Object && service.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>
    /// One GET with a timeout per try, retried with a doubling wait after a timeout, a failed
    /// connection, a 5xx or a 429; the JSON answer, or what went wrong in words.
    /// </summary>
    private async Task<(JsonElement? Json, string? Failure)> GetAsync(string url, CancellationToken cancellationToken)
    {
        string failure = "";
        for (var attempt = 0; attempt <= options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(options.Backoff * Math.Pow(2, attempt - 1), clock, cancellationToken);
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                using var response = await http.GetAsync(url, timeout.Token);
                if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
                {
                    failure = $"answered HTTP {(int)response.StatusCode}";
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    return (null, $"answered HTTP {(int)response.StatusCode}");
                }
                await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
                return (document.RootElement.Clone(), null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {options.Timeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException e)
            {
                failure = $"could not connect ({e.HttpRequestError})";
            }
            catch (JsonException e)
            {
                return (null, $"not JSON: {e.Message}");
            }
        }
        return (null, $"{failure}, {options.Retries + 1} tries");
    }
}
