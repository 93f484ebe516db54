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
        count.Property(c => c.Via).HasMaxLength(40);
        count.HasOne<Listing>().WithMany().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
