using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Data;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.HasIndex(m => m.IdempotencyKey).IsUnique();
        message.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        message.Property(m => m.IdempotencyKey).HasMaxLength(200);
        message.Property(m => m.To).HasMaxLength(256);
        message.Property(m => m.ReplyTo).HasMaxLength(256);
        message.Property(m => m.Subject).HasMaxLength(200);
        message.Property(m => m.LastError).HasMaxLength(500);
    }
}
