using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using Xunit.Abstractions;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>Its own app, with the search limit out of the way so every search in the sweep reaches the page.</summary>
public sealed class HostileInputAppFactory : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Safety:SearchBurst"] = "1000000",
        ["Safety:SearchPerSecond"] = "100000",
    };
}

/// <summary>
/// The hostile-input sweep (issue 14). Every GET route and every POST handler is found from the
/// app's own endpoints (a new page is covered without touching this file) and fed the fixed
/// <see cref="HostileValues"/> corpus: into each route parameter and query parameter, and into
/// each field of each form (posted with the page's antiforgery token), as an anonymous visitor,
/// a lead of a real published listing, and an admin. Values are dealt out in turn, so every
/// value is sent at least once and every route, parameter, form and field gets at least one,
/// without the full cross product. No answer may be a server error, and no payload may come
/// back unescaped. The figures go to the test output (see docs/security.md).
/// </summary>
public sealed partial class HostileInputTests(HostileInputAppFactory app, ITestOutputHelper output) : IClassFixture<HostileInputAppFactory>
{
    /// <summary>Markers of a payload rendered as markup rather than text.</summary>
    private static readonly string[] UnescapedMarkers = ["<script>alert(", "<img src=x onerror=alert(", "<svg onload=alert("];

    /// <summary>The query parameters the results page reads (its one reader is <c>SearchQuery.Parse</c>).</summary>
    private static readonly string[] SearchParameters = ["where", "q", "miles", "tag", "format", "must", "activity", "local", "sort", "page", "map", "typed", "unread", "lat", "lon", "via"];

    private int sent;
    private int next;
    private readonly List<string> failures = [];
    private readonly SortedDictionary<int, int> statuses = [];

    [Fact]
    public async Task Every_route_and_form_answers_hostile_values_with_no_server_error_and_no_unescaped_payload()
    {
        var clock = Stopwatch.StartNew();
        var corpus = HostileValues.All();
        Assert.True(corpus.Count >= 1000, $"The corpus has {corpus.Count} values.");
        var world = await World.CreateAsync(app);
        var pages = AllPages();
        var visitors = new (string Name, HttpClient Client, Func<Page, bool> Covers)[]
        {
            ("anonymous", world.Anonymous, _ => true),
            ("lead", world.Lead, p => p.Folder is "/Lead" or "/Account/Manage" || !p.IsProtected),
            ("admin", world.Admin, p => p.Folder is "/Moderate" or "/Admin"),
        };

        var targets = new List<Target>();
        foreach (var (name, client, covers) in visitors)
        {
            foreach (var page in pages.Where(covers))
            {
                targets.AddRange(page.GetParameters().Select(p => new Target(name, client, page, null, p, new Dictionary<string, string>())));
                if (page.PostHandlers.Count > 0 && (name != "anonymous" || !page.IsProtected) && page.Path != "/Account/Logout")
                {
                    targets.AddRange(await FormTargetsAsync(name, client, page, world));
                }
            }
        }
        var formsHit = targets.Where(t => t.Handler is not null).Select(t => (t.Visitor, t.Page.Path, t.Handler)).Distinct().Count();

        // Every target gets one value; then rounds over the targets continue until every value went out.
        do
        {
            foreach (var target in targets)
            {
                await SendAsync(target, corpus, world);
            }
        }
        while (next < corpus.Count);

        var signedIn = (Lead: await world.Lead.IsSignedInAsync(), Admin: await world.Admin.IsSignedInAsync());
        output.WriteLine($"Hostile input: {sent} requests, {failures.Count(f => f.StartsWith('5'))} answered 5xx, " +
            $"{failures.Count(f => f.StartsWith("unescaped", StringComparison.Ordinal))} with an unescaped payload; corpus {corpus.Count} values; " +
            $"{pages.Count} pages, {targets.Count(t => t.Handler is null)} GET parameters, {formsHit} POST forms (handlers) and " +
            $"{targets.Count(t => t.Handler is not null)} form fields over 3 visitors, in {clock.Elapsed.TotalSeconds:0} s.");
        output.WriteLine($"Answers by status: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        foreach (var failure in failures.Take(50))
        {
            output.WriteLine(failure);
        }
        Assert.Empty(failures);
        Assert.True(signedIn is (true, true), "A signed-in visitor was signed out during the sweep, so the rest of the sweep did not reach their pages.");
    }

    private async Task SendAsync(Target target, IReadOnlyList<HostileValue> corpus, World world)
    {
        var value = corpus[next++ % corpus.Count];
        // Every seventh request sends its parameter twice (the second with the next value).
        var twice = next % 7 == 0 ? corpus[next % corpus.Count] : null;
        HttpRequestMessage request;
        if (target.Handler is null)
        {
            request = new HttpRequestMessage(HttpMethod.Get, GetUrl(target, value, twice, world));
        }
        else
        {
            var fields = target.Fields.Where(f => f.Key != target.Parameter.Name)
                .Select(f => $"{Encode(f.Key)}={Encode(f.Value)}")
                .Append($"{Encode(target.Parameter.Name)}={value.Encoded}")
                .Concat(twice is null ? [] : [$"{Encode(target.Parameter.Name)}={twice.Encoded}"])
                .Append($"{Forms.TokenField}={Encode(world.Tokens[target.Visitor])}");
            var url = target.Page.Url(world) + (target.Handler.Length == 0 ? "" : $"?handler={target.Handler}");
            request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(string.Join('&', fields), Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            request.Content.Headers.ContentType!.CharSet = null;
        }
        sent++;
        var where = $"{target.Visitor} {request.Method} {target.Page.Path}{(target.Handler is { Length: > 0 } h ? $"?handler={h}" : "")} [{target.Parameter.Name}] value #{value.Index}";
        HttpResponseMessage response;
        try
        {
            response = await target.Client.SendAsync(request);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal) && request.RequestUri!.AbsolutePath.Contains("%00", StringComparison.Ordinal))
        {
            // The test host refuses a NUL in the path before the app sees it (Kestrel answers 400).
            return;
        }
        statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{(int)response.StatusCode} {where}");
        }
        var body = await response.Content.ReadAsStringAsync();
        if (UnescapedMarkers.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)) is { } marker)
        {
            failures.Add($"unescaped {marker} {where}");
        }
    }

    private static string GetUrl(Target target, HostileValue value, HostileValue? twice, World world)
    {
        var parameter = target.Parameter;
        if (parameter.InRoute)
        {
            return target.Page.Url(world, parameter.Name, value.Encoded);
        }
        var query = $"{Encode(parameter.Name)}={value.Encoded}" + (twice is null ? "" : $"&{Encode(parameter.Name)}={twice.Encoded}");
        // The results page is swept with a place, as people search.
        var place = target.Page.Path == "/Find/Index" && parameter.Name != "where" ? "&where=Leeds" : "";
        return $"{target.Page.Url(world)}?{query}{place}";
    }

    private static string Encode(string text) => Uri.EscapeDataString(text);

    /// <summary>
    /// The fields of each POST handler's form: every named field of the page as it opens (with its
    /// value) plus the handler's own parameters. Each field is paired with one handler in turn, so
    /// every field and every handler gets hostile values without multiplying them.
    /// </summary>
    private static async Task<IEnumerable<Target>> FormTargetsAsync(string visitor, HttpClient client, Page page, World world)
    {
        var opened = await client.GetAsync(page.Url(world));
        var html = opened.IsSuccessStatusCode ? await opened.Content.ReadAsStringAsync() : "";
        var fields = FieldsIn(html);
        var names = fields.Keys
            .Concat(page.PostParameters)
            .Where(n => n != Forms.TokenField)
            .Distinct().ToList();
        if (names.Count == 0)
        {
            names = ["Input"];
        }
        var count = Math.Max(names.Count, page.PostHandlers.Count);
        return Enumerable.Range(0, count).Select(i =>
            new Target(visitor, client, page, page.PostHandlers[i % page.PostHandlers.Count], new Parameter(names[i % names.Count], InRoute: false), fields));
    }

    private static Dictionary<string, string> FieldsIn(string html) =>
        FieldPattern().Matches(html)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: m.Groups["tag"].Value == "input" ? WebUtility.HtmlDecode(ValuePattern().Match(m.Value).Groups[1].Value) : ""))
            .Where(f => f.Name != Forms.TokenField)
            .GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>Every Razor page and every other GET endpoint of the app, with its route, parameters and POST handlers.</summary>
    private List<Page> AllPages()
    {
        _ = app.Server;
        var models = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))).ToDictionary(t => t.FullName!);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var pages = endpoints
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()))
            .Where(x => x.Descriptor is not null)
            .DistinctBy(x => x.Descriptor!.ViewEnginePath)
            .Select(x => Page.For(x.Descriptor!.ViewEnginePath, x.Endpoint.RoutePattern.RawText ?? "",
                models.GetValueOrDefault($"PeerSupport.Directory.Web.Pages{x.Descriptor.ViewEnginePath.Replace('/', '.')}Model")));
        var others = endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => Page.For(e.RoutePattern.RawText ?? "", e.RoutePattern.RawText ?? "", null,
                e.RoutePattern.Parameters.Select(p => p.Name).Concat(["q"])));
        return [.. pages.Concat(others)];
    }

    private sealed record Parameter(string Name, bool InRoute);

    /// <summary>One place a hostile value goes: a GET parameter (Handler null) or a form field of a POST handler.</summary>
    private sealed record Target(string Visitor, HttpClient Client, Page Page, string? Handler, Parameter Parameter, IReadOnlyDictionary<string, string> Fields);

    private sealed partial record Page(string Path, string RoutePattern, IReadOnlyList<string> PostHandlers, IReadOnlyList<string> QueryParameters, IReadOnlyList<string> PostParameters)
    {
        public string Folder => Path.LastIndexOf('/') is > 0 and var slash ? Path[..slash] : "/";

        public bool IsProtected => Folder is "/Lead" or "/Moderate" or "/Admin" or "/Account/Manage";

        public IEnumerable<Parameter> GetParameters() =>
            RouteParameter().Matches(RoutePattern).Select(m => new Parameter(m.Groups["name"].Value, InRoute: true))
                .Concat(QueryParameters.Append("handler").Distinct().Select(n => new Parameter(n, InRoute: false)));

        /// <summary>The route filled with real values (a published listing the lead leads, its short code, a short list), one parameter replaced when asked.</summary>
        public string Url(World world, string? replace = null, string? with = null) => "/" + RouteParameter().Replace(RoutePattern, m =>
        {
            var name = m.Groups["name"].Value;
            if (name == replace)
            {
                return with!;
            }
            return name switch
            {
                "id" or "listingId" => $"{world.ListingId}",
                "code" when RoutePattern.StartsWith("l/", StringComparison.Ordinal) => world.ListCode,
                "code" => world.ShortCode,
                "key" => world.ListKey,
                "format" => "sheet",
                "channel" => "email",
                "token" => "not-a-real-token",
                _ when m.Value.Contains('?', StringComparison.Ordinal) => "",
                _ => "1",
            };
        }).TrimEnd('/');

        public static Page For(string path, string pattern, Type? model, IEnumerable<string>? queryParameters = null)
        {
            var methods = model?.GetMethods(BindingFlags.Public | BindingFlags.Instance) ?? [];
            var posts = methods.Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)).ToList();
            var gets = methods.Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal));
            var bound = model?.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true }).Select(p => p.Name) ?? [];
            var query = gets.SelectMany(Parameters).Concat(bound).Concat(queryParameters ?? [])
                .Concat(path == "/Find/Index" ? SearchParameters : [])
                .Where(n => !pattern.Contains($"{{{n}", StringComparison.OrdinalIgnoreCase));
            return new Page(path, pattern,
                [.. posts.Select(m => HandlerSuffix().Replace(m.Name["OnPost".Length..], "")).Distinct()],
                [.. query.Distinct(StringComparer.OrdinalIgnoreCase)],
                [.. posts.SelectMany(Parameters).Distinct()]);
        }

        private static IEnumerable<string> Parameters(MethodInfo method) =>
            method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => p.Name!);

        [GeneratedRegex(@"\{\*?(?<name>[A-Za-z]+)[^}]*\}")]
        private static partial Regex RouteParameter();

        [GeneratedRegex("Async$")]
        private static partial Regex HandlerSuffix();
    }

    /// <summary>The real rows and visitors the sweep fills routes with.</summary>
    private sealed record World(HttpClient Anonymous, HttpClient Lead, HttpClient Admin, int ListingId, string ShortCode, string ListKey, string ListCode, Dictionary<string, string> Tokens)
    {
        public static async Task<World> CreateAsync(HostileInputAppFactory app)
        {
            var leadEmail = $"hostile.lead.{Guid.NewGuid():N}@example.com";
            var leadId = await app.CreateLeadAsync(leadEmail);
            var listing = await app.AddListingAsync(TestListings.Group(TestListings.Unique("Hostile Sweep Group")), [leadId], l => l.AcceptsMessages = true);
            var anonymous = app.CreateBrowserLikeClient();
            var started = await anonymous.PostFormAsync($"/lists/new?listing={listing.Id}", new Dictionary<string, string> { ["Listing"] = $"{listing.Id}" });
            var listKey = started.Headers.Location!.OriginalString.Split('/').Last();
            var listCode = await app.DbAsync(db => db.ReferrerLists.OrderByDescending(l => l.Id).Select(l => l.Code).FirstAsync());
            var lead = await app.SignedInClientAsync(leadEmail);
            var admin = await app.SignedInAsync($"hostile.admin.{Guid.NewGuid():N}@example.com", Roles.Admin);
            var tokens = new Dictionary<string, string>
            {
                ["anonymous"] = Forms.TokenIn(await anonymous.GetStringAsync("/account/login")),
                ["lead"] = Forms.TokenIn(await lead.GetStringAsync("/lead")),
                ["admin"] = Forms.TokenIn(await admin.GetStringAsync("/admin")),
            };
            return new World(anonymous, lead, admin, listing.Id, listing.ShortCode, listKey, listCode, tokens);
        }
    }

    [GeneratedRegex("<(?<tag>input|select|textarea)\\b[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*>")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();
}
