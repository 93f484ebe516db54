using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PeerSupport.Directory.Data;

/// <summary>
/// The listing is a foreign key that becomes null when the listing is deleted (the delete's own
/// entry names it in <see cref="ListingFeedEntry.RemovedListingId"/>); the tag is a plain column.
/// The identity key is AUTOINCREMENT on SQLite, so a sequence is never reused after pruning.
/// </summary>
public sealed class ListingFeedConfiguration : IEntityTypeConfiguration<ListingFeedEntry>
{
    public void Configure(EntityTypeBuilder<ListingFeedEntry> entry)
    {
        entry.ToTable("ListingFeed");
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedOnAdd();
        entry.Property(e => e.Kind).HasMaxLength(20);
        entry.HasOne(e => e.Listing).WithMany().HasForeignKey(e => e.ListingId).OnDelete(DeleteBehavior.SetNull);
    }
}
