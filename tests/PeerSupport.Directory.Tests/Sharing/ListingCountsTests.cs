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

    [Fact]
    public async Task Increments_racing_repeated_flushes_are_all_counted_exactly_once()
    {
        // Every flush races adders on other threads; the total must come out exact however the
        // threads interleave, so enough flushes are run to hit the moment an add straddles one.
        const int Adders = 2, Flushes = 150;
        var counts = new ListingCounts(directory.Clock);
        var stop = 0;
        var adding = Enumerable.Range(0, Adders).Select(a => Task.Run(() =>
        {
            var added = 0;
            while (Volatile.Read(ref stop) == 0)
            {
                counts.Add(listingId, added % 2 == 0 ? CountKind.View : CountKind.Share, $"via{added % 3}");
                added++;
            }
            return added;
        })).ToArray();
        for (var i = 0; i < Flushes; i++)
        {
            await using var db = directory.NewContext();
            await counts.FlushAsync(db);
        }
        Volatile.Write(ref stop, 1);
        var total = (await Task.WhenAll(adding)).Sum();

        var saved = await directory.NewContext().ListingDailyCounts.SumAsync(c => c.Count);
        var unsaved = counts.Unsaved(new HashSet<int> { listingId }).Sum(c => c.Count);
        Assert.Equal(total, saved + unsaved);
    }

    [Fact]
    public async Task A_flush_that_fails_keeps_its_counts_for_the_next_one()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(listingId, CountKind.View);
        counts.Add(listingId, CountKind.View);
        counts.Add(listingId, CountKind.Share, "gp");
        await using (var db = directory.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE ListingDailyCounts RENAME TO ListingDailyCountsAway");
            await Assert.ThrowsAnyAsync<Exception>(() => counts.FlushAsync(directory.NewContext()));
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE ListingDailyCountsAway RENAME TO ListingDailyCounts");
        }
        Assert.Equal(3, counts.Unsaved(new HashSet<int> { listingId }).Sum(c => c.Count));

        counts.Add(listingId, CountKind.View);
        await counts.FlushAsync(directory.NewContext());

        var rows = await directory.NewContext().ListingDailyCounts.OrderBy(c => c.Via).ToListAsync();
        Assert.Equal([(CountKind.View, "", 3), (CountKind.Share, "gp", 1)], rows.Select(r => (r.Kind, r.Via, r.Count)));
        Assert.Empty(counts.Unsaved(new HashSet<int> { listingId }));
    }
}
