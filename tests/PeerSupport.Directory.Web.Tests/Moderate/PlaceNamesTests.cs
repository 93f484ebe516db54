using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.Tests.Moderate;

/// <summary>Moderators extend the names search knows for places; each change is searchable at once.</summary>
public sealed class PlaceNamesTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    private HttpClient moderator = null!;
    private readonly HttpClient visitor = app.CreateBrowserLikeClient();

    public async Task InitializeAsync() => moderator = await app.SignedInAsync($"places.{Guid.NewGuid():N}@example.com", Roles.Moderator);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> FindAsync(string where) => WebUtility.HtmlDecode(PageText.Of(await visitor.GetStringAsync($"/find?where={Uri.EscapeDataString(where)}")));

    [Fact]
    public async Task A_new_name_finds_its_place_at_once_and_removing_it_stops_that()
    {
        Assert.Contains("We couldn't find a place called \"Zorbleton\"", await FindAsync("Zorbleton"), StringComparison.Ordinal);

        var added = await moderator.PostFormAsync("/moderate/places?handler=Add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Zorbleton",
            ["Input.Kind"] = PlaceAliasKinds.LocalAuthority,
            ["Input.Place"] = "Ilkley",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("within 10 miles of Zorbleton", await FindAsync("zorbleton"), StringComparison.Ordinal);

        var alias = await app.DbAsync(db => db.PlaceAliases.SingleAsync(a => a.Name == "Zorbleton"));
        Assert.Equal("Ilkley", alias.Target);
        Assert.StartsWith("user:", alias.AddedBy, StringComparison.Ordinal);
        var removed = await moderator.PostFormAsync($"/moderate/places?handler=Remove&id={alias.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("We couldn't find a place called \"Zorbleton\"", await FindAsync("Zorbleton"), StringComparison.Ordinal);
        // The row stays, so the seed never brings a removed name back.
        Assert.NotNull((await app.DbAsync(db => db.PlaceAliases.SingleAsync(a => a.Id == alias.Id))).RemovedAt);
    }

    [Fact]
    public async Task A_place_the_search_cannot_pin_down_is_refused_with_a_clear_message_and_the_form_keeps_what_was_typed()
    {
        var response = await moderator.PostFormAsync("/moderate/places?handler=Add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Richmondshire Vale",
            ["Input.Kind"] = PlaceAliasKinds.LocalAuthority,
            ["Input.Place"] = "Richmond",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is more than one Richmond: add the county", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Richmondshire Vale\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_names_are_in_the_database_and_listed_for_moderators()
    {
        Assert.True(await app.DbAsync(db => db.PlaceAliases.CountAsync(a => a.AddedBy == "seed")) > 1000);
        var page = WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderate/places?kind=welsh"));
        Assert.Contains("Casnewydd", page, StringComparison.Ordinal);
    }
}
