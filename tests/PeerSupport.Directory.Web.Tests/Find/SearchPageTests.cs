namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>The results page for a place: nearest first, and clear answers for places it does not know or cannot tell apart.</summary>
public sealed class SearchPageTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task Search_near_a_place_lists_the_nearest_group_first_with_distance_and_next_meeting()
    {
        await app.ImportAsync(
            TestListings.Group("Quillfeather Far Group", 53.8400, -1.6500),
            TestListings.Group("Quillfeather Near Group", 53.7990, -1.5500));

        var html = await client.GetStringAsync("/find?where=Leeds&miles=10&q=quillfeather&local=true");

        var text = PageText.Of(html);
        Assert.Contains("2 results within 10 miles of Leeds", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Quillfeather Near Group", StringComparison.Ordinal) < text.IndexOf("Quillfeather Far Group", StringComparison.Ordinal));
        Assert.Contains("miles away, in Leeds", text, StringComparison.Ordinal);
        Assert.Contains("Every Wednesday, 6pm to 8pm", text, StringComparison.Ordinal);
        Assert.Contains("Anyone who hears voices.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_gets_a_clear_message_and_keeps_what_was_typed()
    {
        var html = await client.GetStringAsync("/find?where=Nowhereville");
        Assert.Contains("We couldn&#x27;t find a place called &quot;Nowhereville&quot;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nowhereville\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"results\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_place_offers_a_choice()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=Richmond"));
        Assert.Contains("There is more than one Richmond", text, StringComparison.Ordinal);
        Assert.Contains("Richmond, Greater London, England", text, StringComparison.Ordinal);
        Assert.Contains("Richmond, North Yorkshire, England", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_name_with_a_clear_winner_is_searched_at_once_with_the_others_offered()
    {
        var html = await client.GetStringAsync("/find?where=Newport");
        var text = PageText.Of(html);
        Assert.Contains("Near Newport, Newport, Wales", text, StringComparison.Ordinal);
        Assert.Contains("Did you mean", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/find?where=Newport%2C%20Isle%20of%20Wight%2C%20England\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_place_is_read_as_the_place_and_says_so()
    {
        var text = PageText.Of(await client.GetStringAsync("/find?where=Sheffeild"));
        Assert.Contains("“Sheffeild” read as Sheffield", text, StringComparison.Ordinal);
    }
}
