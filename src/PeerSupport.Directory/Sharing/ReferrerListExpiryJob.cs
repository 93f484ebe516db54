using Hangfire;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Sharing;

/// <summary>
/// Daily: lists nobody has opened for 12 months expire: their groups and note are removed and
/// their links say the list has expired. The code stays taken, so a link never points to a
/// different list. Running it twice changes nothing more.
/// </summary>
public sealed class ReferrerListExpiryJob(DirectoryDbContext db, TimeProvider clock)
{
    public const string RecurringId = "referrer-list-expiry";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - ReferrerLists.ExpiresAfter;
        var expired = await db.ReferrerLists.Where(l => l.ExpiredAt == null && l.LastOpenedAt < before)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiredAt, now).SetProperty(l => l.Note, ""), cancellationToken);
        await db.ReferrerListItems.Where(i => db.ReferrerLists.Any(l => l.Id == i.ListId && l.ExpiredAt != null)).ExecuteDeleteAsync(cancellationToken);
        return expired;
    }
}
