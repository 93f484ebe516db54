using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Tests.Sharing;

public sealed class ViaTagPurgeJobTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private TestDirectory directory = null!;
    private int listingId;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync(withIndex: false);
        await directory.ImportAsync(Build.Online("Purged Tags Group"));
        await using var db = directory.NewContext();
        listingId = await db.Listings.Select(l => l.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private async Task CountedAsync(DateOnly day, CountKind kind, string via, int count)
    {
        await using var db = directory.NewContext();
        db.ListingDailyCounts.Add(new ListingDailyCount { ListingId = listingId, Day = day, Kind = kind, Via = via, Count = count });
        await db.SaveChangesAsync();
    }

    private async Task<int> RunAsync()
    {
        await using var db = directory.NewContext();
        return await new ViaTagPurgeJob(db, directory.Clock).RunAsync();
    }

    private async Task<List<(DateOnly Day, CountKind Kind, string Via, int Count)>> RowsAsync() =>
        (await directory.NewContext().ListingDailyCounts.ToListAsync())
            .Select(r => (r.Day, r.Kind, r.Via, r.Count)).OrderBy(r => r.Day).ThenBy(r => r.Kind).ThenBy(r => r.Via, StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Tags_older_than_365_days_are_folded_into_the_untagged_count_keeping_the_totals_and_younger_ones_stay()
    {
        var old = Today.AddDays(-ViaTag.KeptForDays - 1);
        var kept = Today.AddDays(-ViaTag.KeptForDays);
        await CountedAsync(kept, CountKind.View, "library", 7);
        await CountedAsync(old, CountKind.View, "", 2);
        await CountedAsync(old, CountKind.View, "library", 3);
        await CountedAsync(old, CountKind.View, ViaTag.Other, 1);
        await CountedAsync(old, CountKind.Share, "gp-surgery", 4);

        Assert.Equal(3, await RunAsync());

        Assert.Equal([(old, CountKind.View, "", 6), (old, CountKind.Share, "", 4), (kept, CountKind.View, "library", 7)], await RowsAsync());
    }

    [Fact]
    public async Task Running_the_purge_twice_folds_nothing_more()
    {
        var old = Today.AddDays(-400);
        await CountedAsync(old, CountKind.View, "", 2);
        await CountedAsync(old, CountKind.View, "library", 3);
        await RunAsync();

        Assert.Equal(0, await RunAsync());

        Assert.Equal([(old, CountKind.View, "", 5)], await RowsAsync());
    }
}
