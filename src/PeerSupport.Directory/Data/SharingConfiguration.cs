using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Data;

public sealed class ListingDailyCountConfiguration : IEntityTypeConfiguration<ListingDailyCount>
{
    public void Configure(EntityTypeBuilder<ListingDailyCount> count)
    {
        count.HasKey(c => new { c.ListingId, c.Day, c.Kind, c.Via });
        count.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        count.Property(c => c.Via).HasMaxLength(ViaTag.StoredLength);
        count.HasOne<Listing>().WithMany().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReferrerListConfiguration : IEntityTypeConfiguration<ReferrerList>
{
    public void Configure(EntityTypeBuilder<ReferrerList> list)
    {
        list.HasIndex(l => l.Code).IsUnique();
        list.HasIndex(l => l.EditKeyHash).IsUnique();
        list.HasIndex(l => l.LastOpenedAt);
        list.Property(l => l.Code).HasMaxLength(12);
        list.Property(l => l.EditKeyHash).HasMaxLength(64);
        list.Property(l => l.Note).HasMaxLength(500);
        list.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReferrerListItemConfiguration : IEntityTypeConfiguration<ReferrerListItem>
{
    public void Configure(EntityTypeBuilder<ReferrerListItem> item)
    {
        item.HasIndex(i => new { i.ListId, i.ListingId }).IsUnique();
        item.HasOne<Listing>().WithMany().HasForeignKey(i => i.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
