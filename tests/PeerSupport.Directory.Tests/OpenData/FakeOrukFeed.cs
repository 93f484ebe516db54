using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PeerSupport.Directory.Tests.OpenData;

/// <summary>
/// Another publisher's Open Referral UK feed on 127.0.0.1 and a free port, under <see cref="BaseUrl"/>:
/// <c>/services?page=N</c> gives page N's answers in turn (the last one again after that), and
/// <c>/services/{id}</c> a full record from <see cref="FullRecords"/>. Tests change the pages between runs.
/// </summary>
public sealed class FakeOrukFeed : IAsyncDisposable
{
    /// <summary>An answer that takes far longer than any test's timeout (the client gives up first).</summary>
    public static readonly FeedAnswer Slow = new(200, "{}", TimeSpan.FromMinutes(1));

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> hits = new();

    private FakeOrukFeed()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/oruk/services", (HttpContext context, int page) => AnswerAsync(context, $"page {page}", Pages.GetValueOrDefault(page) ?? [new FeedAnswer(404, "{}")]));
        app.MapGet("/oruk/services/{id}", (HttpContext context, string id) =>
            AnswerAsync(context, id, FullRecords.TryGetValue(id, out var record) ? [FeedAnswer.Json(record)] : [new FeedAnswer(404, "{}")]));
    }

    public static async Task<FakeOrukFeed> StartAsync()
    {
        var feed = new FakeOrukFeed();
        await feed.app.StartAsync();
        return feed;
    }

    public string BaseUrl => app.Urls.First() + "/oruk";

    /// <summary>Page number to its answers in the order they are given.</summary>
    public Dictionary<int, List<FeedAnswer>> Pages { get; } = [];

    public Dictionary<string, JsonObject> FullRecords { get; } = [];

    /// <summary>How often each page ("page 2") or full record (by id) was asked for.</summary>
    public int Hits(string what) => hits.GetValueOrDefault(what);

    /// <summary>Serves these pages of services as the standard's page wrapper, replacing what was served.</summary>
    public void Serve(params JsonObject[][] pages)
    {
        Pages.Clear();
        foreach (var (services, i) in pages.Select((p, i) => (p, i + 1)))
        {
            Pages[i] = [FeedAnswer.Json(OrukSample.Page(i, pages.Length, services))];
        }
    }

    private async Task<IResult> AnswerAsync(HttpContext context, string what, List<FeedAnswer> answers)
    {
        var hit = hits.AddOrUpdate(what, 1, (_, n) => n + 1);
        var answer = answers[Math.Min(hit, answers.Count) - 1];
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
        }
        return Results.Content(answer.Body, "application/json", statusCode: answer.Status);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public sealed record FeedAnswer(int Status, string Body, TimeSpan Delay = default)
{
    public static FeedAnswer Json(JsonNode body) => new(200, body.ToJsonString());
}
