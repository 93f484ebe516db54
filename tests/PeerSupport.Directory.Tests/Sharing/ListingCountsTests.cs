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
    public async Task Counts_from_two_nodes_flushing_to_one_database_add_up_and_neither_overwrites_the_other()
    {
        var nodeA = new ListingCounts(directory.Clock);
        var nodeB = new ListingCounts(directory.Clock);
        nodeA.Add(listingId, CountKind.View);
        nodeA.Add(listingId, CountKind.View);
        nodeB.Add(listingId, CountKind.View);
        await nodeA.FlushAsync(directory.NewContext());
        await nodeB.FlushAsync(directory.NewContext());
        nodeB.Add(listingId, CountKind.View);
        nodeA.Add(listingId, CountKind.View);
        await nodeB.FlushAsync(directory.NewContext());
        await nodeA.FlushAsync(directory.NewContext());

        var row = await directory.NewContext().ListingDailyCounts.SingleAsync();
        Assert.Equal(5, row.Count);
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

    [Fact]
    public async Task A_value_that_is_not_a_tag_is_counted_untagged_rather_than_cleaned_into_one()
    {
        var counts = new ListingCounts(directory.Clock);
        counts.Add(listingId, CountKind.View, "Dr J. Smith");
        counts.Add(listingId, CountKind.View, new string('a', ViaTag.MaxLength + 1));
        await counts.FlushAsync(directory.NewContext());

        var row = await directory.NewContext().ListingDailyCounts.SingleAsync();
        Assert.Equal(("", 2), (row.Via, row.Count));
    }

    [Fact]
    public async Task New_tags_past_twenty_a_day_are_counted_under_other_and_no_view_is_lost()
    {
        var counts = new ListingCounts(directory.Clock);
        for (var i = 1; i <= ViaTag.PerListingPerDay + 5; i++)
        {
            counts.Add(listingId, CountKind.View, $"tag-{i}");
        }
        counts.Add(listingId, CountKind.Share, "tag-1");
        await counts.FlushAsync(directory.NewContext());

        var rows = await directory.NewContext().ListingDailyCounts.ToListAsync();
        Assert.Equal(ViaTag.PerListingPerDay, rows.Where(r => r.Via.StartsWith("tag-", StringComparison.Ordinal)).Select(r => r.Via).Distinct().Count());
        Assert.Equal(5, rows.Single(r => r.Via == ViaTag.Other).Count);
        Assert.Equal(ViaTag.PerListingPerDay + 6, rows.Sum(r => r.Count));
    }

    [Fact]
    public async Task The_daily_tag_cap_holds_after_a_restart_from_the_tags_already_written()
    {
        var before = new ListingCounts(directory.Clock);
        for (var i = 1; i <= ViaTag.PerListingPerDay; i++)
        {
            before.Add(listingId, CountKind.View, $"tag-{i}");
        }
        await before.FlushAsync(directory.NewContext());

        var after = new ListingCounts(directory.Clock);
        after.Add(listingId, CountKind.View, "one-more");
        after.Add(listingId, CountKind.Share, "tag-3");
        await after.FlushAsync(directory.NewContext());

        var rows = await directory.NewContext().ListingDailyCounts.ToListAsync();
        Assert.DoesNotContain(rows, r => r.Via == "one-more");
        Assert.Equal(1, rows.Single(r => r.Via == ViaTag.Other).Count);
        Assert.Equal(1, rows.Single(r => r.Via == "tag-3" && r.Kind == CountKind.Share).Count);
    }
}
