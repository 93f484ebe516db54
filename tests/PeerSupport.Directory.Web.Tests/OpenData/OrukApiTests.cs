using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Tests.OpenData;

/// <summary>The open-data API through the real site on the demo data, with private things planted in it.</summary>
public sealed class OrukApiTests(OrukApiTests.App app) : IClassFixture<OrukApiTests.App>
{
    public const string SecretStreet = "14 Hiddenway Mews";
    public const string SecretPostcode = "LS6 3HN";
    public const string LeadEmail = "lead.private.4c2e@example.org";
    public const string PendingName = "Pending Group Oruk 7f3a";
    public const string DraftName = "Draft Group Oruk 91bd";
    public const string HiddenName = "Address Request Group Oruk 2d9c";

    /// <summary>The site, plus an address-on-request venue with a street and postcode, a lead with an email, a pending and a draft listing.</summary>
    public sealed class App : DirectoryAppFactory, IAsyncLifetime
    {
        public int HiddenVenueId { get; private set; }

        public async Task InitializeAsync()
        {
            var record = TestListings.Group(HiddenName, lat: 53.80372, lon: -1.55218);
            record.Place!.Address = SecretStreet;
            record.Place.Postcode = SecretPostcode;
            record.Contacts = [new ContactRecord { Kind = "Phone", Value = "0113 496 0000", Label = "Group phone" }, new ContactRecord { Kind = "Email", Value = "group@example.org" }];
            var lead = await this.CreateLeadAsync(LeadEmail);
            HiddenVenueId = (await this.AddListingAsync(record, [lead], l => l.AddressOnRequest = true)).Id;
            await this.AddListingAsync(TestListings.Group(PendingName, status: "Pending"), [lead]);
            await this.AddListingAsync(TestListings.Group(DraftName, status: "Draft"), [lead]);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private readonly HttpClient client = app.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonElement Json, string Text)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    /// <summary>Every page of a list, fetched <paramref name="perPage"/> at a time, and each page's answer.</summary>
    private async Task<List<(JsonElement Page, string Text)>> AllPagesAsync(string list, int perPage = 10)
    {
        var pages = new List<(JsonElement, string)>();
        for (var n = 1; ; n++)
        {
            var (response, json, text) = await GetAsync($"/api/oruk/{list}?per_page={perPage}&page={n}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add((json, text));
            if (json.GetProperty("last_page").GetBoolean())
            {
                return pages;
            }
        }
    }

    /// <summary>Every answer the API can give for the data: each list's every page, each object by its id.</summary>
    private async Task<List<(string Path, JsonElement Json, string Text)>> EveryAnswerAsync()
    {
        var answers = new List<(string, JsonElement, string)>();
        foreach (var path in new[] { "/api/oruk/", "/api/oruk/openapi.json" })
        {
            var (_, json, text) = await GetAsync(path);
            answers.Add((path, json, text));
        }
        foreach (var (list, single) in new[] { ("services", "services"), ("service_at_locations", "service_at_locations"), ("taxonomies", "taxonomies"), ("taxonomy_terms", "taxonomy_terms") })
        {
            foreach (var (page, text) in await AllPagesAsync(list, perPage: 100))
            {
                answers.Add(($"/api/oruk/{list}", page, text));
                foreach (var item in page.GetProperty("contents").EnumerateArray())
                {
                    var path = $"/api/oruk/{single}/{item.GetProperty("id").GetString()}";
                    var (response, json, itemText) = await GetAsync(path);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    answers.Add((path, json, itemText));
                }
            }
        }
        return answers;
    }

    [Fact]
    public void The_standards_own_examples_pass_the_validator_and_a_wrong_id_fails_it()
    {
        var examples = Path.Combine(OrukSchemas.Folder, "uk-profile-v3", "examples");
        foreach (var (file, schema) in new[]
        {
            ("service_full.json", "compiled/service.json"), ("service_at_location_full.json", "compiled/service_at_location.json"),
            ("taxonomy.json", "taxonomy.json"), ("taxonomy_term.json", "taxonomy_term.json"), ("organization_full.json", "compiled/organization.json"),
        })
        {
            OrukSchemas.AssertConforms(schema, JsonDocument.Parse(File.ReadAllText(Path.Combine(examples, file))).RootElement, file);
        }
        var broken = File.ReadAllText(Path.Combine(examples, "service_full.json")).Replace("ac148810-d857-441c-9679-408f346de14b", "not-a-uuid", StringComparison.Ordinal);
        Assert.NotEmpty(OrukSchemas.Problems("compiled/service.json", JsonDocument.Parse(broken).RootElement));
    }

    [Fact]
    public async Task Every_endpoint_answers_what_the_standards_schemas_accept()
    {
        var (_, root, _) = await GetAsync("/api/oruk/");
        Assert.Equal("HSDS-UK-3.0", root.GetProperty("version").GetString());
        Assert.EndsWith("/api/oruk/openapi.json", root.GetProperty("openapi_url").GetString(), StringComparison.Ordinal);
        var checkedCount = 0;
        foreach (var (path, json, _) in await EveryAnswerAsync())
        {
            var schema = path switch
            {
                "/api/oruk/services" => "compiled/service_list.json",
                "/api/oruk/service_at_locations" => "compiled/service_at_location_list.json",
                "/api/oruk/taxonomies" => "taxonomy.json",
                "/api/oruk/taxonomy_terms" => "taxonomy_term.json",
                _ when path.StartsWith("/api/oruk/services/", StringComparison.Ordinal) => "compiled/service.json",
                _ when path.StartsWith("/api/oruk/service_at_locations/", StringComparison.Ordinal) => "compiled/service_at_location.json",
                _ when path.StartsWith("/api/oruk/taxonomies/", StringComparison.Ordinal) => "taxonomy.json",
                _ when path.StartsWith("/api/oruk/taxonomy_terms/", StringComparison.Ordinal) => "taxonomy_term.json",
                _ => null,
            };
            if (schema is null)
            {
                continue;
            }
            var items = json.TryGetProperty("contents", out var contents) ? contents.EnumerateArray().ToList() : [json];
            foreach (var item in items)
            {
                OrukSchemas.AssertConforms(schema, item, path);
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 50, $"only {checkedCount} objects were checked");
    }

    [Fact]
    public async Task Paging_gives_every_service_once_with_consistent_counts_and_flags()
    {
        var pages = await AllPagesAsync("services", perPage: 7);
        var total = pages[0].Page.GetProperty("total_items").GetInt32();
        var ids = pages.SelectMany(p => p.Page.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString())).ToList();

        Assert.True(total > 7, "the demo data should fill more than one page");
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal((total + 6) / 7, pages.Count);
        Assert.All(pages, p => Assert.Equal(pages.Count, p.Page.GetProperty("total_pages").GetInt32()));
        Assert.True(pages[0].Page.GetProperty("first_page").GetBoolean());
        Assert.All(pages.Skip(1), p => Assert.False(p.Page.GetProperty("first_page").GetBoolean()));
        Assert.All(pages.SkipLast(1), p => Assert.False(p.Page.GetProperty("last_page").GetBoolean()));
        Assert.All(pages, p => Assert.Equal(p.Page.GetProperty("contents").GetArrayLength(), p.Page.GetProperty("size").GetInt32()));

        var (_, beyond, _) = await GetAsync($"/api/oruk/services?per_page=7&page={pages.Count + 1}");
        Assert.True(beyond.GetProperty("empty").GetBoolean());
        Assert.Equal(0, beyond.GetProperty("contents").GetArrayLength());
        Assert.Equal(total, beyond.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Every_id_in_every_answer_is_a_uuid()
    {
        static IEnumerable<(string Name, string Value)> Ids(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.String && (p.Name == "id" || p.Name.EndsWith("_id", StringComparison.Ordinal)) ? [(p.Name, p.Value.GetString()!)] : Ids(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().SelectMany(Ids),
            _ => [],
        };
        var ids = (await EveryAnswerAsync()).Where(a => !a.Path.EndsWith("openapi.json", StringComparison.Ordinal)).SelectMany(a => Ids(a.Json)).ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.True(Guid.TryParseExact(id.Value, "D", out _), $"{id.Name} \"{id.Value}\" is not a UUID"));
    }

    [Fact]
    public async Task No_answer_holds_a_null_or_an_empty_list()
    {
        foreach (var (path, json, _) in await EveryAnswerAsync())
        {
            if (path.EndsWith("openapi.json", StringComparison.Ordinal))
            {
                continue;
            }
            Walk(json, path);
        }

        static void Walk(JsonElement e, string where)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    Assert.False(p.Value.ValueKind == JsonValueKind.Null, $"{where}: {p.Name} is null");
                    Assert.False(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0 && p.Name != "contents", $"{where}: {p.Name} is an empty list");
                    Walk(p.Value, $"{where}.{p.Name}");
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, where);
                }
            }
        }
    }

    [Fact]
    public async Task Nothing_private_leaves_through_any_answer()
    {
        var answers = await EveryAnswerAsync();
        var all = string.Join('\n', answers.Select(a => a.Text));

        Assert.Contains(HiddenName, all);
        foreach (var secret in new[] { SecretStreet, SecretPostcode, LeadEmail, PendingName, DraftName })
        {
            Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase);
        }
        var hidden = await app.ReadListingAsync(app.HiddenVenueId);
        var (_, location, _) = await GetAsync($"/api/oruk/service_at_locations/{PublicIds.ServiceAtLocation(hidden.PublicId)}");
        var place = location.GetProperty("location");
        Assert.False(place.TryGetProperty("addresses", out _));
        Assert.Equal(Math.Round(place.GetProperty("latitude").GetDouble(), 2), place.GetProperty("latitude").GetDouble());
        Assert.NotEqual(hidden.Place!.Latitude, place.GetProperty("latitude").GetDouble());
    }

    [Theory]
    [InlineData("services", "service")]
    [InlineData("service_at_locations", "service_at_location")]
    [InlineData("taxonomies", "taxonomy")]
    [InlineData("taxonomy_terms", "taxonomy_term")]
    public async Task An_id_that_is_not_a_uuid_names_nothing_and_answers_404(string list, string what)
    {
        var (response, body, _) = await GetAsync($"/api/oruk/{list}/legacy-1234");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"No public {what} has that id.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Listings_not_yet_public_answer_404_by_their_id()
    {
        foreach (var name in new[] { PendingName, DraftName })
        {
            var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Name == name));
            var (service, body, _) = await GetAsync($"/api/oruk/services/{listing.PublicId}");
            var (at, _, _) = await GetAsync($"/api/oruk/service_at_locations/{PublicIds.ServiceAtLocation(listing.PublicId)}");

            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (service.StatusCode, at.StatusCode));
            Assert.Equal(404, body.GetProperty("status").GetInt32());
        }
    }

    [Theory]
    [InlineData("/api/oruk/")]
    [InlineData("/api/oruk/services?per_page=3")]
    [InlineData("/api/oruk/services/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/oruk/services/not-a-uuid")]
    [InlineData("/api/oruk/services?page=0")]
    [InlineData("/api/oruk/services?day=Someday")]
    [InlineData("/api/oruk/no_such_list")]
    public async Task Every_answer_allows_any_origin_and_is_json(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("per_page=-5", "per_page")]
    [InlineData("day=Someday", "day")]
    [InlineData("day=,", "day")]
    [InlineData("start_time=late", "start_time")]
    [InlineData("start_time=20:00&end_time=18:00", "start_time")]
    [InlineData("end_time=25:00", "end_time")]
    [InlineData("taxonomy_term_id=women", "taxonomy_term_id")]
    [InlineData("minimum_age=ten", "minimum_age")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string name)
    {
        var (response, json, _) = await GetAsync($"/api/oruk/services?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(name, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_fetch_with_the_etag_is_304_and_a_search_is_never_cached()
    {
        var first = await client.GetAsync("/api/oruk/services?per_page=5");
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/oruk/services?per_page=5");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        var searched = await client.GetAsync("/api/oruk/services?search=voices");

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Null(searched.Headers.ETag);
        Assert.True(searched.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_search_term_is_in_no_log()
    {
        await client.GetAsync("/api/oruk/services?search=zanzibarquokka");
        await client.GetAsync("/api/oruk/service_at_locations?postcode=zanzibarquokka");

        Assert.DoesNotContain(app.Logs, line => line.Contains("zanzibarquokka", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_by_term_and_text_narrow_the_list()
    {
        var (_, all, _) = await GetAsync("/api/oruk/services?per_page=1");
        var (_, terms, _) = await GetAsync("/api/oruk/taxonomy_terms?per_page=100");
        var voices = terms.GetProperty("contents").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "hearing-voices").GetProperty("id").GetString();
        var (_, byTerm, _) = await GetAsync($"/api/oruk/services?per_page=100&taxonomy_term_id={voices}");
        var (_, byText, _) = await GetAsync($"/api/oruk/services?per_page=100&search={Uri.EscapeDataString(HiddenName)}");

        var count = byTerm.GetProperty("total_items").GetInt32();
        Assert.InRange(count, 1, all.GetProperty("total_items").GetInt32() - 1);
        Assert.Contains(byText.GetProperty("contents").EnumerateArray(), s => s.GetProperty("name").GetString() == HiddenName);
    }

    [Fact]
    public async Task Ids_stay_the_same_across_an_edit_and_a_full_index_rebuild()
    {
        var listing = await app.ReadListingAsync(app.HiddenVenueId);
        var (_, before, _) = await GetAsync($"/api/oruk/services/{listing.PublicId}");

        await app.WithDbAsync(async db =>
        {
            var row = await db.Listings.Include(l => l.Schedules).SingleAsync(l => l.Id == listing.Id);
            row.Summary = "Changed summary for the id test.";
            row.Schedules = [.. row.Schedules.Select(s => s.Copy())];
            await db.SaveChangesAsync();
        });
        await app.WithScopeAsync(services => services.GetRequiredService<ListingIndexer>().RebuildAsync());
        var (_, after, _) = await GetAsync($"/api/oruk/services/{listing.PublicId}");

        static List<string> IdsOf(JsonElement service) =>
            [service.GetProperty("id").GetString()!, .. service.GetProperty("schedules").EnumerateArray().Select(s => s.GetProperty("id").GetString()!),
             .. service.GetProperty("service_at_locations").EnumerateArray().Select(s => s.GetProperty("location").GetProperty("id").GetString()!)];
        Assert.Contains("Changed summary", after.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(IdsOf(before), IdsOf(after));
    }
}
