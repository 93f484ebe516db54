using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Search;

/// <summary>
/// Owns the Lucene index: one long-lived <see cref="IndexWriter"/> and a
/// <see cref="SearcherManager"/> for near-real-time searches. Updates are visible as soon
/// as they are made (the searcher is refreshed after each batch); commits, which fsync,
/// are batched by a one-second timer and carry the schema version and the feed watermark: the
/// highest <see cref="ListingFeedEntry.Sequence"/> whose changes this index holds
/// (<see cref="FeedFollower"/> moves it on).
///
/// The index lives in data/index/&lt;generation&gt;; data/index/current names the live one.
/// A rebuild writes a fresh generation and swaps it in, so a crash mid-rebuild leaves the
/// old index in place, and a crash mid-update loses only uncommitted work, which the
/// reconcile at start-up redoes from the database.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string SchemaKey = "schema";
    private const string WatermarkKey = "feed";
    private static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly string root;
    private readonly ILogger<SearchIndex> logger;
    private readonly System.Threading.Lock swapLock = new();

    /// <summary>
    /// Held by each upsert and by the swap of generations, so an edit never writes to a writer a
    /// rebuild has just closed (the stress test found "this IndexWriter is disposed" under load).
    /// Edits made to the old generation while the new one was built reach it through the
    /// reconcile that follows every rebuild.
    /// </summary>
    private readonly System.Threading.Lock writeLock = new();
    private readonly Timer commitTimer;
    private State state;
    private int dirty;

    /// <summary>English stemming for every field except <see cref="ListingDocument.Words"/>, which keeps words whole for typo matching.</summary>
    public Analyzer Analyzer { get; } = new Lucene.Net.Analysis.Miscellaneous.PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(Lucene),
        new Dictionary<string, Analyzer> { [ListingDocument.Words] = WordsAnalyzer() });

    /// <summary>Each segment's facts for the search, read once per segment and warmed as searchers open.</summary>
    internal SegmentFactsCache Facts { get; } = new(new TagVocabulary());

    /// <summary>The analyzer of <see cref="ListingDocument.Words"/>, for splitting a query the same way.</summary>
    public Analyzer WordsOnly { get; } = WordsAnalyzer();

    /// <summary>Lower case, English stop words removed, no stemming.</summary>
    public static Analyzer WordsAnalyzer() => new Lucene.Net.Analysis.Standard.StandardAnalyzer(Lucene, EnglishAnalyzer.DefaultStopSet);

    private sealed record State(string Generation, FSDirectory Directory, IndexWriter Writer, SearcherManager Manager) : IDisposable
    {
        /// <summary>The feed watermark of this generation, or -1 before it has one. Changed under the write lock.</summary>
        public long Watermark = -1;

        public void Dispose()
        {
            Manager.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }

    /// <param name="commitEvery">How often pending updates are committed (default one second; tests stretch it to act out a crash).</param>
    public SearchIndex(DataFolder data, ILogger<SearchIndex> logger, TimeSpan? commitEvery = null)
    {
        root = data.Combine("index");
        this.logger = logger;
        System.IO.Directory.CreateDirectory(root);
        var generation = ReadCurrentGeneration() ?? NewGeneration();
        state = OpenOrStartAgain(ref generation);
        NeedsRebuild = state.Writer.CommitData.TryGetValue(SchemaKey, out var schema) is false || schema != ListingDocument.SchemaVersion;
        foreach (var leftover in new DirectoryInfo(root).GetDirectories().Where(d => d.Name != generation))
        {
            // A rebuild that a crash interrupted, or an old generation that could not be deleted.
            TryDelete(leftover.Name);
        }
        var every = commitEvery ?? TimeSpan.FromSeconds(1);
        commitTimer = new Timer(_ => CommitIfDirty(), null, every, every);
    }

    /// <summary>True when the index is missing or was written with another schema version.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>The live generation and the feed sequence its changes reach (null: not following the feed yet).</summary>
    public IndexPosition Position
    {
        get
        {
            var current = state;
            var watermark = Volatile.Read(ref current.Watermark);
            return new IndexPosition(current.Generation, watermark < 0 ? null : watermark);
        }
    }

    /// <summary>
    /// Moves the watermark of <paramref name="generation"/> on to <paramref name="watermark"/>, to be
    /// committed with the next commit. Call it only after the changes it covers were upserted: the
    /// commit then holds both. Refused (false) when a rebuild has swapped in another generation
    /// meanwhile, whose own watermark stands.
    /// </summary>
    public bool TryAdvance(string generation, long watermark)
    {
        lock (writeLock)
        {
            var current = state;
            if (current.Generation != generation)
            {
                return false;
            }
            if (watermark > Volatile.Read(ref current.Watermark))
            {
                Volatile.Write(ref current.Watermark, watermark);
                Interlocked.Exchange(ref dirty, 1);
            }
            return true;
        }
    }

    public void Upsert(IEnumerable<Document> documents, IEnumerable<int> deletedIds)
    {
        lock (writeLock)
        {
            var current = state;
            foreach (var doc in documents)
            {
                current.Writer.UpdateDocument(new Term(ListingDocument.Id, doc.Get(ListingDocument.Id)), doc);
            }
            foreach (var id in deletedIds)
            {
                current.Writer.DeleteDocuments(new Term(ListingDocument.Id, ListingDocument.IdTerm(id)));
            }
            Interlocked.Exchange(ref dirty, 1);
            current.Manager.MaybeRefreshBlocking();
        }
    }

    /// <summary>A searcher for one query; dispose the lease to release it.</summary>
    public SearcherLease Acquire()
    {
        lock (swapLock)
        {
            var manager = state.Manager;
            return new SearcherLease(manager, manager.Acquire());
        }
    }

    /// <summary>Every indexed listing id with the version it was indexed at.</summary>
    public Dictionary<int, string> IndexedVersions()
    {
        using var lease = Acquire();
        var result = new Dictionary<int, string>();
        var reader = lease.Searcher.IndexReader;
        var fields = new HashSet<string> { ListingDocument.Id, ListingDocument.Version };
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                var stored = leaf.AtomicReader.Document(doc, fields);
                result[int.Parse(stored.Get(ListingDocument.Id), System.Globalization.CultureInfo.InvariantCulture)] = stored.Get(ListingDocument.Version);
            }
        }
        return result;
    }

    /// <summary>
    /// Builds a new generation from <paramref name="documents"/> and swaps it in. Its watermark is
    /// <paramref name="watermark"/>: the feed's head read before the documents were, so every
    /// change after it is applied again from the feed.
    /// </summary>
    public void Rebuild(IEnumerable<Document> documents, long? watermark = null)
    {
        var fresh = Open(NewGeneration());
        logger.LogInformation("Rebuilding the search index into generation {Generation}; the current one is served until it is complete.", fresh.Generation);
        foreach (var doc in documents)
        {
            fresh.Writer.AddDocument(doc);
        }
        fresh.Watermark = watermark ?? -1;
        Commit(fresh);
        fresh.Manager.MaybeRefreshBlocking();
        State old;
        lock (writeLock)
        {
            lock (swapLock)
            {
                old = state;
                state = fresh;
                NeedsRebuild = false;
            }
        }
        WriteCurrentGeneration(fresh.Generation);
        old.Dispose();
        TryDelete(old.Generation);
    }

    public void CommitIfDirty()
    {
        if (Interlocked.Exchange(ref dirty, 0) == 1)
        {
            try
            {
                Commit(state);
            }
            catch (ObjectDisposedException)
            {
                // The index was swapped or closed between the check and the commit; nothing to save.
            }
            catch (IOException e)
            {
                // On the timer's thread an exception would end the process. The changes are still in
                // the writer (and the database), so mark them unsaved and try again on the next tick.
                Interlocked.Exchange(ref dirty, 1);
                logger.LogWarning("Search index commit failed, will retry: {Error}", e.GetType().Name);
            }
        }
    }

    /// <summary>
    /// The watermark is read before the commit starts: every upsert it covers was made before it
    /// was set, so is in this commit; an upsert made after it is covered by a later watermark.
    /// </summary>
    private static void Commit(State state)
    {
        var data = new Dictionary<string, string> { [SchemaKey] = ListingDocument.SchemaVersion };
        var watermark = Volatile.Read(ref state.Watermark);
        if (watermark >= 0)
        {
            data[WatermarkKey] = watermark.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        state.Writer.SetCommitData(data);
        state.Writer.Commit();
    }

    /// <summary>
    /// Opens the current generation; when its files are damaged (a disk fault, a backup copied over
    /// it), starts an empty generation instead, which asks to be rebuilt from the database, the one
    /// source of truth, so a bad index costs a rebuild rather than a site that cannot start. The
    /// damaged generation is cleared away with the other leftovers. A lock held by another process
    /// is not damage: that error is left to stop the start.
    /// </summary>
    private State OpenOrStartAgain(ref string generation)
    {
        try
        {
            return Open(generation);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
                                  || (e is IOException && e is not LockObtainFailedException))
        {
            logger.LogWarning("The index generation {Generation} could not be opened ({Error}); an empty one is rebuilt from the database.", generation, e.GetType().Name);
            generation = NewGeneration();
            return Open(generation);
        }
    }

    private State Open(string generation)
    {
        // Memory-mapped, as Lucene's own FSDirectory.Open chooses on 64-bit systems: reads are
        // copies from the page cache. NIOFSDirectory read each block through one FileStream per
        // file under a lock, which under concurrent text searches cost more than the search.
        var directory = new MMapDirectory(new DirectoryInfo(Path.Combine(root, generation)));
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, new IndexWriterConfig(Lucene, Analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // A rebuild flushes a segment each time the buffer fills: a larger buffer writes fewer,
                // larger segments, so less merging now and fewer segments for every query to visit.
                // Single edits never come near it.
                RAMBufferSizeMB = 64,
            });
            var opened = new State(generation, directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new WarmingSearcherFactory(Facts)));
            if (writer.CommitData.TryGetValue(WatermarkKey, out var stored) && long.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, out var watermark))
            {
                opened.Watermark = watermark;
            }
            return opened;
        }
        catch
        {
            writer?.Rollback();
            directory.Dispose();
            throw;
        }
    }

    private string CurrentFile => Path.Combine(root, "current");

    private string? ReadCurrentGeneration()
    {
        var name = File.Exists(CurrentFile) ? File.ReadAllText(CurrentFile).Trim() : null;
        return name is { Length: > 0 } && System.IO.Directory.Exists(Path.Combine(root, name)) ? name : null;
    }

    private void WriteCurrentGeneration(string generation)
    {
        var temp = CurrentFile + ".tmp";
        File.WriteAllText(temp, generation);
        File.Move(temp, CurrentFile, overwrite: true);
    }

    private static string NewGeneration() => $"g{DateTime.UtcNow:yyyyMMddHHmmssfff}{Random.Shared.Next(1000):000}";

    private void TryDelete(string generation)
    {
        try
        {
            System.IO.Directory.Delete(Path.Combine(root, generation), recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the old index generation {Generation}; it is unused and can be removed by hand.", generation);
        }
    }

    public void Dispose()
    {
        commitTimer.Dispose();
        lock (writeLock)
        {
            CommitIfDirty();
            state.Dispose();
        }
        Analyzer.Dispose();
        WordsOnly.Dispose();
    }
}
