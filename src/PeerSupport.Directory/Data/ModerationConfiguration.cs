using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Data;

public sealed class ProblemReportConfiguration : IEntityTypeConfiguration<ProblemReport>
{
    public void Configure(EntityTypeBuilder<ProblemReport> report)
    {
        report.HasIndex(r => r.Reference).IsUnique();
        report.HasIndex(r => r.Status);
        report.Property(r => r.Reference).HasMaxLength(20);
        report.Property(r => r.KeyHash).HasMaxLength(64);
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        report.Property(r => r.Details).HasMaxLength(2000);
        report.Property(r => r.Reply).HasMaxLength(2000);
        report.Property(r => r.HandledBy).HasMaxLength(100);
        report.HasOne<Listing>().WithMany().HasForeignKey(r => r.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ListingClaimConfiguration : IEntityTypeConfiguration<ListingClaim>
{
    public void Configure(EntityTypeBuilder<ListingClaim> claim)
    {
        claim.HasIndex(c => c.Status);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        claim.Property(c => c.Message).HasMaxLength(1000);
        claim.Property(c => c.Reason).HasMaxLength(1000);
        claim.Property(c => c.DecidedBy).HasMaxLength(100);
        claim.HasOne<Listing>().WithMany().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
        claim.HasOne<DirectoryUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LeadInviteConfiguration : IEntityTypeConfiguration<LeadInvite>
{
    public void Configure(EntityTypeBuilder<LeadInvite> invite)
    {
        invite.HasIndex(i => i.TokenHash).IsUnique();
        invite.Property(i => i.Email).HasMaxLength(256);
        invite.Property(i => i.TokenHash).HasMaxLength(64);
        invite.Property(i => i.InvitedBy).HasMaxLength(100);
        invite.HasOne<Listing>().WithMany().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> e)
    {
        e.Property(x => x.Kind).HasMaxLength(40);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.ByUserId).HasMaxLength(460);
        e.Property(x => x.Detail).HasMaxLength(200);
        e.HasIndex(x => x.At);
        e.HasIndex(x => new { x.UserId, x.At });
    }
}
