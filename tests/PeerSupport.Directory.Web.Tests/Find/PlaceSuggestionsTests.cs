using System.Net.Http.Json;

namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>The suggestions under "Where?" use the same names and the same resolver as the search.</summary>
public sealed class PlaceSuggestionsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private sealed record Suggestion(string Label, string Name);

    private sealed record Answer(List<Suggestion> Places);

    private async Task<List<string>> SuggestAsync(string typed) =>
        (await app.CreateBrowserLikeClient().GetFromJsonAsync<Answer>($"/places/suggest?q={Uri.EscapeDataString(typed)}"))!.Places.Select(p => p.Label).ToList();

    [Fact]
    public async Task Typed_beginnings_suggest_places_word_by_word_the_most_important_first()
    {
        var newp = await SuggestAsync("newp");
        Assert.Equal("Newport, Newport, Wales", newp[0]);
        Assert.All(newp, label => Assert.StartsWith("Newp", label, StringComparison.Ordinal));
        Assert.Contains("Ross on Wye, Herefordshire, England", await SuggestAsync("ross-on-w"));
    }

    [Fact]
    public async Task A_slip_or_another_name_suggests_the_place_it_means()
    {
        Assert.Contains("Sheffield, Sheffield, England", await SuggestAsync("sheffeild"));
        Assert.Contains(await SuggestAsync("casnewydd"), label => label.StartsWith("Casnewydd", StringComparison.Ordinal));
    }
}
