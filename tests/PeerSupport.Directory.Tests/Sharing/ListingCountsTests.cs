using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Tests.Sharing;

public sealed class ListingCountsTests : IAsyncLifetime
{
    private TestDirectory directory = null!;
    private int listingId;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync(withIndex: false);
        await directory.ImportAsync(new Directory.Listings.Import.ListingRecord
        {
            ExternalId = "counted",
            Name = "Counted Group",
            Summary = "Meets online.",
            HostType = "UserLed",
            RunBy = "PeerLed",
            JoinBy = "DropIn",
            Cost = "Free",
            Formats = ["Online"],
        });
        await using var db = directory.NewContext();
        listingId = await db.Listings.Select(l => l.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public async Task Views_are_added_to_the_days_row_across_flushes()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(listingId, CountKind.View);
        counts.Add(listingId, CountKind.View);
        await counts.FlushAsync(directory.NewContext());
        counts.Add(listingId, CountKind.View);
        await counts.FlushAsync(directory.NewContext());

        var row = await directory.NewContext().ListingDailyCounts.SingleAsync();
        Assert.Equal((CountKind.View, new DateOnly(2026, 11, 23), 3), (row.Kind, row.Day, row.Count));
    }

    [Fact]
    public async Task Each_day_kind_and_via_tag_has_its_own_row()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(listingId, CountKind.View);
        counts.Add(listingId, CountKind.Share);
        counts.Add(listingId, CountKind.View, "Leeds-GP ");
        directory.Clock.Advance(TimeSpan.FromDays(1));
        counts.Add(listingId, CountKind.View);
        await counts.FlushAsync(directory.NewContext());

        var rows = await directory.NewContext().ListingDailyCounts.OrderBy(c => c.Day).ThenBy(c => c.Via).ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.Via == "leeds-gp" && r.Count == 1);
    }

    [Fact]
    public async Task Counts_not_yet_flushed_are_reported_as_unsaved_and_none_after_a_flush()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(listingId, CountKind.View);

        Assert.Equal(1, Assert.Single(counts.Unsaved(new HashSet<int> { listingId })).Count);
        await counts.FlushAsync(directory.NewContext());
        Assert.Empty(counts.Unsaved(new HashSet<int> { listingId }));
    }

    [Fact]
    public async Task Counts_for_a_listing_that_no_longer_exists_are_dropped_without_failing()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(999_999, CountKind.View);

        await counts.FlushAsync(directory.NewContext());

        Assert.Empty(await directory.NewContext().ListingDailyCounts.ToListAsync());
    }
}
