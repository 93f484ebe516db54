using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>Two nodes, each with its own index folder, over one database: every node's index follows the change feed.</summary>
public sealed class FeedFollowerTests : IAsyncLifetime
{
    private TestDirectory first = null!;
    private TestDirectory second = null!;

    public async Task InitializeAsync()
    {
        first = await TestDirectory.CreateAsync();
        await first.Follower.StartAsync();
        await first.ImportAsync(
            Build.Group("Headingley Hearing Voices", Build.Headingley, "hearing-voices"),
            Build.Group("Wakefield Walkers", Build.Wakefield, "walking", "women"));
        second = await first.CreateNodeAsync();
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    private static List<string> Names(TestDirectory node, string? text = null) =>
        node.Search.Search(new SearchRequest { Text = text, PageSize = 50 }).Hits.Select(h => h.Card.Name).ToList();

    private async Task RenameAsync(string from, string to)
    {
        await using var db = first.NewContext();
        var listing = await db.Listings.SingleAsync(l => l.Name == from);
        listing.Name = to;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_edit_saved_on_one_node_is_found_by_a_search_on_the_other_after_its_poll()
    {
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        Assert.Contains("Wakefield Walkers", Names(second));

        await second.Follower.PollAsync();

        Assert.Contains("Wakefield Ramblers", Names(second));
        Assert.DoesNotContain("Wakefield Walkers", Names(second));
    }

    [Fact]
    public async Task A_listing_added_on_one_node_is_found_on_the_other()
    {
        await first.ImportAsync(Build.Online("Perinatal Peers Online", "women"));

        await second.Follower.PollAsync();

        Assert.Contains("Perinatal Peers Online", Names(second));
    }

    [Fact]
    public async Task A_listing_deleted_on_one_node_leaves_the_other_nodes_search()
    {
        await using (var db = first.NewContext())
        {
            db.Listings.Remove(await db.Listings.Include(l => l.Schedules).Include(l => l.Tags).SingleAsync(l => l.Name == "Wakefield Walkers"));
            await db.SaveChangesAsync();
        }

        await second.Follower.PollAsync();

        Assert.Equal(["Headingley Hearing Voices"], Names(second));
    }

    [Fact]
    public async Task A_tag_renamed_on_one_node_reaches_the_other_nodes_search()
    {
        Assert.Empty(second.Search.Search(new SearchRequest { Text = "perambulating" }).Hits);
        await using (var db = first.NewContext())
        {
            var walking = await db.TaxonomyTags.SingleAsync(t => t.Slug == "walking");
            walking.Name = "Perambulating";
            await db.SaveChangesAsync();
        }

        await second.Follower.PollAsync();

        var results = second.Search.Search(new SearchRequest { Text = "perambulating" });
        Assert.Equal(TextMatch.All, results.TextMatched);
        Assert.Equal(["Wakefield Walkers"], results.Hits.Select(h => h.Card.Name));
    }

    [Fact]
    public async Task Taxonomy_and_place_changes_refresh_each_nodes_caches_of_that_kind()
    {
        var taxonomy = new CountingCache(ListingFeedKinds.Taxonomy);
        var places = new CountingCache(ListingFeedKinds.Places);
        second.NodeCaches.AddRange([taxonomy, places]);
        await second.RestartAsync();
        await second.Follower.StartAsync();
        await using (var db = first.NewContext())
        {
            (await db.TaxonomyTags.SingleAsync(t => t.Slug == "walking")).Description = "Walking together.";
            await db.SaveChangesAsync();
        }

        await second.Follower.PollAsync();
        Assert.Equal((1, 0), (taxonomy.Refreshed, places.Refreshed));

        await using (var db = first.NewContext())
        {
            db.PlaceAliases.Add(new Directory.Geography.PlaceAlias { Name = "Leodis", Kind = "everyday", Target = "Leeds", County = "West Yorkshire", Nation = "England", AddedBy = "test" });
            await db.SaveChangesAsync();
        }
        await second.Follower.PollAsync();
        Assert.Equal((1, 1), (taxonomy.Refreshed, places.Refreshed));
    }

    [Fact]
    public async Task A_restarted_node_catches_up_from_its_watermark_without_a_rebuild()
    {
        second.Index.CommitIfDirty();
        var before = second.Index.Position;
        await second.Services.DisposeAsync();
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");

        await second.RestartAsync();
        Assert.False(second.Index.NeedsRebuild);
        await second.Follower.StartAsync();

        Assert.Equal(before.Generation, second.Index.Position.Generation);
        Assert.Contains("Wakefield Ramblers", Names(second));
        await using var db = second.NewContext();
        Assert.Equal(await db.ListingFeed.MaxAsync(e => e.Sequence), second.Index.Position.Watermark);
    }

    [Fact]
    public async Task A_rebuild_takes_as_its_watermark_the_feed_head_read_before_it_started()
    {
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        long head;
        await using (var db = second.NewContext())
        {
            head = await db.ListingFeed.MaxAsync(e => e.Sequence);
        }

        await second.Indexer.RebuildAsync();

        Assert.Equal(head, second.Index.Position.Watermark);
    }

    [Fact]
    public async Task An_entry_committed_after_a_later_one_is_still_applied()
    {
        await RenameAsync("Headingley Hearing Voices", "Headingley Voices");
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        await using var db = first.NewContext();
        var late = await db.ListingFeed.AsNoTracking().OrderByDescending(e => e.Sequence).Skip(1).FirstAsync();
        // Out of order, as SQL Server can commit them: the later entry is visible, this one not yet.
        await db.ListingFeed.Where(e => e.Sequence == late.Sequence).ExecuteDeleteAsync();
        await second.Follower.PollAsync();
        Assert.Contains("Wakefield Ramblers", Names(second));
        Assert.DoesNotContain("Headingley Voices", Names(second));

        db.ListingFeed.Add(late);
        await db.SaveChangesAsync();
        await second.Follower.PollAsync();

        Assert.Contains("Headingley Voices", Names(second));
        Assert.Equal(late.Sequence + 1, second.Index.Position.Watermark);
    }

    [Fact]
    public async Task A_gap_that_stands_longer_than_the_grace_is_passed()
    {
        await RenameAsync("Headingley Hearing Voices", "Headingley Voices");
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        long head;
        await using (var db = first.NewContext())
        {
            head = await db.ListingFeed.MaxAsync(e => e.Sequence);
            await db.ListingFeed.Where(e => e.Sequence == head - 1).ExecuteDeleteAsync();
        }
        await second.Follower.PollAsync();
        Assert.Equal(head - 2, second.Index.Position.Watermark);

        second.Clock.Advance(FeedGaps.Grace);
        await second.Follower.PollAsync();

        Assert.Equal(head, second.Index.Position.Watermark);
    }

    [Fact]
    public async Task A_node_whose_watermark_the_feed_was_pruned_past_reconciles_on_start()
    {
        second.Index.CommitIfDirty();
        await second.Services.DisposeAsync();
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        await RenameAsync("Headingley Hearing Voices", "Headingley Voices");
        await using (var db = first.NewContext())
        {
            var head = await db.ListingFeed.MaxAsync(e => e.Sequence);
            await db.ListingFeed.Where(e => e.Sequence < head).ExecuteDeleteAsync();
        }

        await second.RestartAsync();
        await second.Follower.StartAsync();

        Assert.Contains("Wakefield Ramblers", Names(second));
        Assert.Contains("Headingley Voices", Names(second));
    }

    [Fact]
    public async Task Lag_counts_the_entries_not_yet_applied_and_the_age_of_the_oldest()
    {
        Assert.Equal(new FeedLag(0, null), await second.Follower.LagAsync());
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        await RenameAsync("Headingley Hearing Voices", "Headingley Voices");
        second.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(new FeedLag(2, TimeSpan.FromSeconds(3)), await second.Follower.LagAsync());
        await second.Follower.PollAsync();
        Assert.Equal(new FeedLag(0, null), await second.Follower.LagAsync());
    }

    [Fact]
    public async Task Pruning_drops_entries_older_than_a_week_but_keeps_the_newest()
    {
        await RenameAsync("Wakefield Walkers", "Wakefield Ramblers");
        first.Clock.Advance(TimeSpan.FromDays(FeedPruneJob.KeepDays + 1));
        await RenameAsync("Wakefield Ramblers", "Wakefield Walkers");
        first.Clock.Advance(TimeSpan.FromDays(FeedPruneJob.KeepDays + 1));
        await using var db = first.NewContext();
        var head = await db.ListingFeed.MaxAsync(e => e.Sequence);

        await new FeedPruneJob(db, first.Clock).RunAsync();

        Assert.Equal([head], await db.ListingFeed.Select(e => e.Sequence).ToListAsync());
    }

    private sealed class CountingCache(string kind) : INodeCache
    {
        public int Refreshed { get; private set; }

        public string Kind => kind;

        public Task RefreshAsync(CancellationToken cancellationToken)
        {
            Refreshed++;
            return Task.CompletedTask;
        }
    }
}
