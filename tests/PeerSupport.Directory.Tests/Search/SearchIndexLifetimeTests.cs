using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The index on disk: schema versions, commits and what survives a restart.</summary>
public sealed class SearchIndexLifetimeTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "psd-index-tests", Guid.NewGuid().ToString("N"));

    private readonly ListLogger<SearchIndex> log = new();

    private SearchIndex Open(string? at = null, TimeSpan? commitEvery = null) =>
        new(new DataFolder(at ?? folder), log, commitEvery);

    private static Listing Listing(int id, string name) => new()
    {
        Id = id,
        Name = name,
        Slug = Slug.From(name),
        ShortCode = "abcdefg",
        Summary = name,
        Formats = Formats.Online,
        Status = ListingStatus.Published,
        Version = Guid.NewGuid(),
    };

    [Fact]
    public void A_new_index_asks_to_be_built()
    {
        using var index = Open();
        Assert.True(index.NeedsRebuild);
    }

    [Fact]
    public void A_built_index_survives_a_restart_and_is_not_rebuilt()
    {
        using (var index = Open())
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One")), ListingDocument.From(Listing(2, "Two"))]);
            index.Upsert([ListingDocument.From(Listing(3, "Three"))], []);
        }

        using var reopened = Open();
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal([1, 2, 3], reopened.IndexedVersions().Keys.Order());
    }

    [Fact]
    public void The_feed_watermark_is_in_the_commit_data_after_a_commit()
    {
        using (var index = Open(commitEvery: TimeSpan.FromHours(1)))
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One"))], watermark: 4);
            index.Upsert([ListingDocument.From(Listing(2, "Two"))], []);
            Assert.True(index.TryAdvance(index.Position.Generation, 9));
            index.CommitIfDirty();

            var current = Path.Combine(folder, "index", index.Position.Generation);
            using var directory = new Lucene.Net.Store.NIOFSDirectory(new DirectoryInfo(current));
            Assert.Equal("9", Lucene.Net.Index.DirectoryReader.ListCommits(directory)[^1].UserData["feed"]);
        }

        using var reopened = Open();
        Assert.Equal(9, reopened.Position.Watermark);
    }

    [Fact]
    public void A_watermark_for_a_generation_a_rebuild_replaced_is_refused()
    {
        using var index = Open();
        index.Rebuild([ListingDocument.From(Listing(1, "One"))], watermark: 4);
        var old = index.Position.Generation;
        index.Rebuild([ListingDocument.From(Listing(1, "One"))], watermark: 6);

        Assert.False(index.TryAdvance(old, 9));
        Assert.Equal(6, index.Position.Watermark);
    }

    [Fact]
    public void An_index_of_an_older_schema_asks_to_be_rebuilt()
    {
        using (var index = Open())
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One"))]);
        }
        var current = Path.Combine(folder, "index", File.ReadAllText(Path.Combine(folder, "index", "current")).Trim());
        using (var directory = new Lucene.Net.Store.NIOFSDirectory(new DirectoryInfo(current)))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
                   Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["schema"] = "0" });
            writer.Commit();
        }

        using var reopened = Open();
        Assert.True(reopened.NeedsRebuild);
    }

    [Fact]
    public void An_index_abandoned_mid_update_reopens_at_its_last_commit()
    {
        var crashed = Path.Combine(folder, "after-crash");
        using (var index = Open(commitEvery: TimeSpan.FromHours(1)))
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One")), ListingDocument.From(Listing(2, "Two"))]);
            // Written and flushed to disk for the near-real-time searcher, but never committed.
            index.Upsert([ListingDocument.From(Listing(3, "Three"))], [1]);
            Assert.Equal([2, 3], index.IndexedVersions().Keys.Order());

            // The disk as a killed process leaves it: copied while the writer is still open,
            // with the newest uncommitted file torn in half.
            CopyFolder(Path.Combine(folder, "index"), Path.Combine(crashed, "index"));
            var generation = Path.Combine(crashed, "index", File.ReadAllText(Path.Combine(crashed, "index", "current")).Trim());
            var newest = new DirectoryInfo(generation).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal))
                .OrderByDescending(f => f.LastWriteTimeUtc).First();
            File.WriteAllBytes(newest.FullName, File.ReadAllBytes(newest.FullName)[..(int)(newest.Length / 2)]);
        }

        using var reopened = Open(crashed);
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal([1, 2], reopened.IndexedVersions().Keys.Order());
        reopened.Upsert([ListingDocument.From(Listing(4, "Four"))], []);
        Assert.Equal([1, 2, 4], reopened.IndexedVersions().Keys.Order());
    }

    [Fact]
    public void A_rebuild_interrupted_by_a_crash_leaves_the_old_index_in_use_and_is_cleared_away()
    {
        using (var index = Open())
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One"))]);
        }
        var halfBuilt = System.IO.Directory.CreateDirectory(Path.Combine(folder, "index", "g-half-built"));
        File.WriteAllText(Path.Combine(halfBuilt.FullName, "_0.cfs"), "partial");

        using var reopened = Open();
        Assert.Equal([1], reopened.IndexedVersions().Keys);
        Assert.False(System.IO.Directory.Exists(halfBuilt.FullName));
    }

    [Theory]
    [InlineData("a segment file cut short")]
    [InlineData("the commit point overwritten")]
    [InlineData("the commit point deleted")]
    public void A_damaged_index_opens_empty_and_asks_to_be_rebuilt_instead_of_stopping_the_site(string damage)
    {
        using (var index = Open())
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One")), ListingDocument.From(Listing(2, "Two"))]);
        }
        var damaged = new DirectoryInfo(Path.Combine(folder, "index", File.ReadAllText(Path.Combine(folder, "index", "current")).Trim()));
        var files = damaged.GetFiles().Where(f => f.Name != "write.lock").ToList();
        var target = damage == "a segment file cut short"
            ? files.Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!
            : files.Single(f => f.Name.StartsWith("segments_", StringComparison.Ordinal));
        if (damage == "the commit point deleted")
        {
            target.Delete();
        }
        else
        {
            File.WriteAllBytes(target.FullName, damage == "a segment file cut short" ? File.ReadAllBytes(target.FullName)[..8] : new byte[target.Length]);
        }

        using var reopened = Open();
        Assert.True(reopened.NeedsRebuild);
        Assert.Contains(log.Lines, line => line.Contains("could not be opened", StringComparison.Ordinal) && line.Contains("rebuilt from the database", StringComparison.Ordinal));
        Assert.Empty(reopened.IndexedVersions());
        Assert.False(System.IO.Directory.Exists(damaged.FullName));
        reopened.Rebuild([ListingDocument.From(Listing(1, "One")), ListingDocument.From(Listing(2, "Two"))]);
        Assert.Equal([1, 2], reopened.IndexedVersions().Keys.Order());
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_process_does_not_stop_the_index_opening_or_force_a_rebuild()
    {
        using (var index = Open())
        {
            index.Rebuild([ListingDocument.From(Listing(1, "One")), ListingDocument.From(Listing(2, "Two"))]);
        }
        var generation = Path.Combine(folder, "index", File.ReadAllText(Path.Combine(folder, "index", "current")).Trim());
        // A killed process leaves the lock file behind; the operating system has let its lock go.
        File.WriteAllText(Path.Combine(generation, "write.lock"), "");

        using var reopened = Open();
        Assert.False(reopened.NeedsRebuild);
        Assert.Equal([1, 2], reopened.IndexedVersions().Keys.Order());
        reopened.Upsert([ListingDocument.From(Listing(3, "Three"))], []);
        Assert.Equal([1, 2, 3], reopened.IndexedVersions().Keys.Order());
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var sub in System.IO.Directory.GetDirectories(from))
        {
            CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
