using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Data;

/// <summary>Keys are postcodes without the space, in ASCII: varchar on SQL Server.</summary>
public sealed class PostcodePointConfiguration : IEntityTypeConfiguration<PostcodePoint>
{
    public void Configure(EntityTypeBuilder<PostcodePoint> postcode)
    {
        postcode.ToTable("Postcodes");
        postcode.HasKey(p => p.Postcode);
        postcode.Property(p => p.Postcode).HasMaxLength(7).IsUnicode(false);
    }
}

public sealed class OutcodePointConfiguration : IEntityTypeConfiguration<OutcodePoint>
{
    public void Configure(EntityTypeBuilder<OutcodePoint> outcode)
    {
        outcode.ToTable("Outcodes");
        outcode.HasKey(o => o.Outcode);
        outcode.Property(o => o.Outcode).HasMaxLength(4).IsUnicode(false);
    }
}

public sealed class StagedPostcodeConfiguration : IEntityTypeConfiguration<StagedPostcode>
{
    public void Configure(EntityTypeBuilder<StagedPostcode> staged)
    {
        staged.ToTable("StagedPostcodes");
        staged.HasKey(p => p.Postcode);
        staged.Property(p => p.Postcode).HasMaxLength(7).IsUnicode(false);
    }
}
