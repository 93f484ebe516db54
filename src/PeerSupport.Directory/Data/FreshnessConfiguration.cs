using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Data;

public sealed class OneClickUseConfiguration : IEntityTypeConfiguration<OneClickUse>
{
    public void Configure(EntityTypeBuilder<OneClickUse> use)
    {
        use.HasKey(u => u.Nonce);
        use.Property(u => u.Nonce).HasMaxLength(40);
        use.Property(u => u.Action).HasMaxLength(20);
        use.HasOne<Listing>().WithMany().HasForeignKey(u => u.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LinkCheckConfiguration : IEntityTypeConfiguration<LinkCheck>
{
    public void Configure(EntityTypeBuilder<LinkCheck> check)
    {
        check.HasIndex(c => new { c.ListingId, c.Url }).IsUnique();
        check.Property(c => c.Url).HasMaxLength(ListingLimits.ContactValue);
        check.Property(c => c.LastResult).HasMaxLength(100);
        // Two runners checking the same link: the second save is refused, so a failure counts once.
        check.Property(c => c.LastCheckedAt).IsConcurrencyToken();
        check.HasOne<Listing>().WithMany().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FreshnessSnapshotConfiguration : IEntityTypeConfiguration<FreshnessSnapshot>
{
    public void Configure(EntityTypeBuilder<FreshnessSnapshot> snapshot) => snapshot.HasKey(s => s.Day);
}
