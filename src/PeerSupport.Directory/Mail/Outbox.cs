using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Mail;

/// <summary>Queues email in the caller's unit of work, so it commits (or not) with the change that causes it.</summary>
public static class Outbox
{
    /// <summary>
    /// Adds the email to <paramref name="db"/> under <paramref name="idempotencyKey"/>; the caller's
    /// SaveChanges writes it. Returns false, adding nothing, when that key is already queued or sent.
    /// </summary>
    public static async Task<bool> AddAsync(DirectoryDbContext db, Email email, string idempotencyKey, DateTime now, CancellationToken cancellationToken = default)
    {
        if (db.OutboxMessages.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return false;
        }
        db.OutboxMessages.Add(new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            To = email.To,
            ReplyTo = email.ReplyTo,
            Subject = email.Subject,
            TextBody = email.Text(),
            HtmlBody = email.Html(),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        return true;
    }
}
