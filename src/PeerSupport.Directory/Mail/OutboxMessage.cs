namespace PeerSupport.Directory.Mail;

/// <summary>
/// One email waiting to go, or gone. Written in the same transaction as the change that causes
/// it (<see cref="Outbox.Add"/>), delivered at least once by <see cref="OutboxDelivery"/>. The
/// idempotency key is unique, so the same cause can never queue the same email twice.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What caused this email ("confirm-email:{user}:{stamp}", "reminder-1:{listing}:{date}"): unique.</summary>
    public required string IdempotencyKey { get; set; }

    public required string To { get; set; }

    /// <summary>Where a reply goes, when it is not us ("Message this group" sets the sender's address).</summary>
    public string? ReplyTo { get; set; }

    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public required string HtmlBody { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When delivery may next be tried; a delivery run also pushes it on while it holds the message.</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Set after <see cref="MailOptions.MaxAttempts"/> failures; admins see these and can retry them.</summary>
    public DateTime? GaveUpAt { get; set; }
}
