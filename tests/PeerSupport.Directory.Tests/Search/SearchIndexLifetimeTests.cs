using Microsoft.Extensions.Logging.Abstractions;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>The index on disk: schema versions, commits and what survives a restart.</summary>
public sealed class SearchIndexLifetimeTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "psd-index-tests", Guid.NewGuid().ToString("N"));

    private SearchIndex Open() => new(new DataFolder(folder), NullLogger<SearchIndex>.Instance);

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
