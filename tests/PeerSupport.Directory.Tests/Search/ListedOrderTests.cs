using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The fixed order a harvest pages through (<see cref="SortOrder.Listed"/>): by listing id, whatever order the index holds the documents in.</summary>
public sealed class ListedOrderTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync();

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public async Task Pages_in_listed_order_give_every_result_once_in_listing_id_order_across_segments_and_after_an_edit_moves_a_document()
    {
        for (var batch = 0; batch < 3; batch++)
        {
            await directory.ImportAsync([.. Enumerable.Range(1, 4).Select(i => Build.Group($"Listed Group {batch}-{i}", Build.Leeds))]);
            await directory.Indexer.RebuildAsync();
        }
        await using var db = directory.NewContext();
        var ids = await db.Listings.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        // Re-indexing the first listing moves its document after all the others.
        await directory.Indexer.UpdateAsync([ids[0]]);
        directory.Index.CommitIfDirty();

        var paged = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var results = directory.Search.Search(new SearchRequest { Sort = SortOrder.Listed, Page = page, PageSize = 5 });
            Assert.Equal(ids.Count, results.Total);
            paged.AddRange(results.Hits.Select(h => h.Card.Id));
        }

        Assert.Equal(ids, paged);
        Assert.Empty(directory.Search.Search(new SearchRequest { Sort = SortOrder.Listed, Page = 4, PageSize = 5 }).Hits);
    }
}
