using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeerSupport.Directory.Data;

/// <summary>Passes committed listing ids on only once an explicit transaction commits; forgets them on rollback.</summary>
public sealed class ListingCommitInterceptor : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DirectoryDbContext context)
        {
            await context.NotifyCommittedAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as DirectoryDbContext)?.ForgetUncommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as DirectoryDbContext)?.ForgetUncommitted();
}
