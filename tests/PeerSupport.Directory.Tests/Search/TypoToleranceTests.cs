using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>Typo tolerance bends words no listing uses, never correctly spelt ones that happen to be a letter from another.</summary>
public sealed class TypoToleranceTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync();
        var older = Build.Group("Silver Circle", Build.Leeds);
        older.Summary = "A friendly group for older people.";
        var order = Build.Group("Service Planning Group", Build.Leeds);
        order.Summary = "We plan the order of service together.";
        await directory.ImportAsync(older, order);
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private List<string> Names(string text) =>
        [.. directory.Search.Search(new SearchRequest { Text = text, UtcNow = TestDirectory.Now.UtcDateTime }).Hits.Select(h => h.Card.Name)];

    [Fact]
    public void Older_people_does_not_find_the_order_of_service() => Assert.Equal(["Silver Circle"], Names("older people"));

    [Fact]
    public void A_word_no_listing_uses_still_finds_the_word_it_was_meant_to_be() =>
        Assert.Equal(["Silver Circle"], Names("oldre people"));
}
