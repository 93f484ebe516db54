using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>
/// The ranking shortcuts (a count by tier, a one-number key, a window of one page) must give the
/// order the full comparison gives. Asking for every result at once ranks them all by the
/// comparison alone; each page of twenty must be the matching slice of that list.
/// </summary>
public sealed class RankingTests(RelevanceTests.DemoDirectory demo) : IClassFixture<RelevanceTests.DemoDirectory>
{
    private static readonly DateTime UtcNow = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string, string?, double, string, SortOrder, bool> Requests() => new()
    {
        { "Leeds", null, 25, "", SortOrder.BestMatch, true },
        { "London", null, 10, "women,lgbt-plus", SortOrder.BestMatch, true },
        { "London", null, 25, "", SortOrder.Distance, true },
        { "Manchester", "peer support", 50, "", SortOrder.BestMatch, true },
        { "Bristol", null, 50, "parents,online", SortOrder.BestMatch, false },
        { "Cardiff", null, 25, "", SortOrder.NextMeeting, true },
        { "", "support", 0, "", SortOrder.BestMatch, true },
        { "", null, 0, "men,in-person", SortOrder.BestMatch, true },
        { "", "psycosis", 0, "", SortOrder.Distance, true },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Each_page_is_the_slice_of_the_fully_compared_order(string where, string? text, double miles, string tags, SortOrder sort, bool online)
    {
        GeoPoint? near = where.Length == 0 ? null : Assert.IsType<Location.Found>(await demo.Places.ResolveAsync(where)).Point;
        var request = new SearchRequest
        {
            Text = text,
            Near = near,
            RadiusKm = miles * 1.609344,
            Tags = tags.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Sort = sort,
            IncludeOnlineAndPhone = online,
            UtcNow = UtcNow,
        };
        var all = demo.Directory.Search.Search(request with { PageSize = 1000 });
        Assert.True(all.Total > 20, $"Too few results ({all.Total}) to page through.");
        var paged = new List<SearchHit>();
        for (var page = 1; page <= (all.Total + 19) / 20; page++)
        {
            var results = demo.Directory.Search.Search(request with { Page = page, PageSize = 20 });
            Assert.Equal(all.Total, results.Total);
            paged.AddRange(results.Hits);
        }
        Assert.Equal(all.Hits.Select(h => h.Card.Id), paged.Select(h => h.Card.Id));
        Assert.Equal(all.Hits.Select(h => h.DistanceKm), paged.Select(h => h.DistanceKm));
    }
}
