using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Mail;

/// <summary>
/// Every minute: sends what the outbox holds that is due. Each message is first claimed with a
/// conditional update (so two servers, or two runs, do not both take it), then sent, then marked
/// sent. A crash between sending and marking sends it again: at least once, with the same
/// Message-Id. Failures back off (1, 2, 4 … minutes, at most 6 hours) until MaxAttempts, when
/// the message is given up and shown to admins.
/// </summary>
public sealed class OutboxDelivery(
    DirectoryDbContext db, IMailTransport transport, IOptions<MailOptions> options, DataFolder data, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const string RecurringId = "outbox-delivery";
    public const string PurgeRecurringId = "outbox-purge";

    /// <summary>How long a run holds a claimed message before another run may try it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + Lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }
            var row = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await transport.SendAsync(MailMessages.ToMime(row, settings), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = row.Attempts + 1;
                var gaveUp = attempts >= settings.MaxAttempts;
                logger.LogWarning("Email {Id} failed (attempt {Attempts}{GaveUp}): {Error}", id, attempts, gaveUp ? ", giving up" : "", e.GetType().Name);
                await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, Truncate($"{e.GetType().Name}: {e.Message}"))
                    .SetProperty(m => m.NextAttemptAt, now + Backoff(attempts))
                    .SetProperty(m => m.GaveUpAt, gaveUp ? now : null), cancellationToken);
                continue;
            }
            // Once sent, the words (a message to a group, a secret link) are not kept: only what
            // is needed to send nothing twice stays, and PurgeAsync removes that after a month.
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, row.Attempts + 1)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.TextBody, "")
                .SetProperty(m => m.HtmlBody, "")
                .SetProperty(m => m.ReplyTo, (string?)null)
                .SetProperty(m => m.LastError, (string?)null), cancellationToken);
            sent++;
        }
        return sent;
    }

    /// <summary>Admins: try a given-up message again from now.</summary>
    public static Task<int> RetryAsync(DirectoryDbContext db, long id, DateTime now) =>
        db.OutboxMessages.Where(m => m.Id == id && m.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.GaveUpAt, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now));

    /// <summary>How long sent and given-up emails stay (addresses and idempotency keys only, for sent ones).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>
    /// Deletes emails sent or given up more than <see cref="KeptFor"/> ago, and the .eml files the
    /// pickup transport wrote more than <c>Mail:PickupKeepDays</c> ago (also after a switch to
    /// SMTP, so none is left behind). Run daily; safe to run twice. Returns the outbox rows deleted.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - KeptFor;
        var rows = await db.OutboxMessages.Where(m => (m.SentAt != null && m.SentAt < before) || (m.GaveUpAt != null && m.GaveUpAt < before))
            .ExecuteDeleteAsync(cancellationToken);
        var files = PickupFolderTransport.DeleteOlderThan(
            PickupFolderTransport.FolderFor(options.Value, data), now - TimeSpan.FromDays(options.Value.PickupKeepDays));
        if (rows + files > 0)
        {
            logger.LogInformation("Outbox purge deleted {Rows} emails and {Files} pickup files", rows, files);
        }
        return rows;
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, attempts - 1)));

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];
}
