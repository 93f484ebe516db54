using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Data;

public sealed class TaxonomyDimensionConfiguration : IEntityTypeConfiguration<TaxonomyDimension>
{
    public void Configure(EntityTypeBuilder<TaxonomyDimension> dimension)
    {
        dimension.HasIndex(d => d.Slug).IsUnique();
        dimension.Property(d => d.Slug).HasMaxLength(60);
        dimension.Property(d => d.Name).HasMaxLength(100);
        dimension.HasMany(d => d.Tags).WithOne(t => t.Dimension).HasForeignKey(t => t.DimensionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaxonomyTagConfiguration : IEntityTypeConfiguration<TaxonomyTag>
{
    public void Configure(EntityTypeBuilder<TaxonomyTag> tag)
    {
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.Slug).HasMaxLength(60);
        tag.Property(t => t.Name).HasMaxLength(100);
    }
}
