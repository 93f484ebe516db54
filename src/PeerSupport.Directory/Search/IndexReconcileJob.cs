using Hangfire;

namespace PeerSupport.Directory.Search;

/// <summary>Hourly: makes the index match the database. Safe to run twice or concurrently with edits.</summary>
public sealed class IndexReconcileJob(ListingIndexer indexer)
{
    public const string RecurringId = "index-reconcile";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync() => await indexer.ReconcileAsync();
}
