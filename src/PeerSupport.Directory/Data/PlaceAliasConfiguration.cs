using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Data;

public sealed class PlaceAliasConfiguration : IEntityTypeConfiguration<PlaceAlias>
{
    public void Configure(EntityTypeBuilder<PlaceAlias> alias)
    {
        alias.ToTable("PlaceAliases");
        alias.Property(a => a.Name).HasMaxLength(100);
        alias.Property(a => a.Kind).HasMaxLength(30);
        alias.Property(a => a.Target).HasMaxLength(100);
        alias.Property(a => a.County).HasMaxLength(100);
        alias.Property(a => a.Nation).HasMaxLength(30);
        alias.Property(a => a.AddedBy).HasMaxLength(256);
        alias.Property(a => a.RemovedBy).HasMaxLength(256);
        alias.HasIndex(a => new { a.Name, a.Kind });
    }
}
