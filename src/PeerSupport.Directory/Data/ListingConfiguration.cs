using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Data;

public sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public const string ListingTagTable = "ListingTag";
    public const string ListingIdColumn = "ListingId";
    public const string TagIdColumn = "TagId";

    public void Configure(EntityTypeBuilder<Listing> listing)
    {
        listing.HasIndex(l => l.ExternalId).IsUnique();
        listing.HasIndex(l => l.ShortCode).IsUnique();
        listing.HasIndex(l => l.PublicId).IsUnique();
        listing.Property(l => l.Source).HasMaxLength(ListingLimits.Source);
        listing.HasIndex(l => l.Status);
        listing.Property(l => l.ExternalId).HasMaxLength(ListingLimits.ExternalId);
        listing.Property(l => l.Name).HasMaxLength(ListingLimits.Name);
        listing.Property(l => l.Slug).HasMaxLength(160);
        listing.Property(l => l.ShortCode).HasMaxLength(12);
        listing.Property(l => l.Summary).HasMaxLength(ListingLimits.Summary);
        listing.Property(l => l.Organisation).HasMaxLength(ListingLimits.Organisation);
        listing.Property(l => l.Languages).HasMaxLength(ListingLimits.Languages);
        listing.Property(l => l.CostNotes).HasMaxLength(ListingLimits.CostNotes);
        listing.Property(l => l.ModeratorNote).HasMaxLength(1000);
        listing.Property(l => l.LastConfirmedBy).HasMaxLength(100);
        listing.Property(l => l.HostType).HasConversion<string>().HasMaxLength(30);
        listing.Property(l => l.RunBy).HasConversion<string>().HasMaxLength(30);
        listing.Property(l => l.JoinBy).HasConversion<string>().HasMaxLength(30);
        listing.Property(l => l.Cost).HasConversion<string>().HasMaxLength(30);
        listing.Property(l => l.Status).HasConversion<string>().HasMaxLength(30);
        listing.Property(l => l.Version).IsConcurrencyToken();

        listing.OwnsOne(l => l.Place, place =>
        {
            place.Property(p => p.VenueName).HasMaxLength(ListingLimits.VenueName);
            place.Property(p => p.Address).HasMaxLength(ListingLimits.Address);
            place.Property(p => p.Town).HasMaxLength(ListingLimits.Town);
            place.Property(p => p.Postcode).HasMaxLength(ListingLimits.Postcode);
        });
        listing.OwnsOne(l => l.Area, area =>
        {
            area.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            area.Property(a => a.Name).HasMaxLength(ListingLimits.AreaName);
        });

        listing.HasMany(l => l.Schedules).WithOne().HasForeignKey(s => s.ListingId).OnDelete(DeleteBehavior.Cascade);
        listing.HasMany(l => l.Contacts).WithOne().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
        listing.HasMany(l => l.Leads).WithOne().HasForeignKey(l => l.ListingId).OnDelete(DeleteBehavior.Cascade);
        listing.HasMany(l => l.Changes).WithOne().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
        listing.HasMany(l => l.Tags).WithMany().UsingEntity<Dictionary<string, object>>(
            ListingTagTable,
            r => r.HasOne<TaxonomyTag>().WithMany().HasForeignKey(TagIdColumn).OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne<Listing>().WithMany().HasForeignKey(ListingIdColumn).OnDelete(DeleteBehavior.Cascade));
    }
}

public sealed class ListingScheduleConfiguration : IEntityTypeConfiguration<ListingSchedule>
{
    public void Configure(EntityTypeBuilder<ListingSchedule> schedule)
    {
        schedule.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        schedule.Property(s => s.Day).HasConversion<string>().HasMaxLength(10);
        schedule.Property(s => s.Notes).HasMaxLength(ListingLimits.ScheduleNotes);
    }
}

public sealed class ListingContactConfiguration : IEntityTypeConfiguration<ListingContact>
{
    public void Configure(EntityTypeBuilder<ListingContact> contact)
    {
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        contact.Property(c => c.Value).HasMaxLength(ListingLimits.ContactValue);
        contact.Property(c => c.Label).HasMaxLength(ListingLimits.ContactLabel);
    }
}

public sealed class ListingLeadConfiguration : IEntityTypeConfiguration<ListingLead>
{
    public void Configure(EntityTypeBuilder<ListingLead> lead)
    {
        lead.HasKey(l => new { l.ListingId, l.UserId });
        lead.HasOne(l => l.User).WithMany(u => u.Leads).HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ListingChangeConfiguration : IEntityTypeConfiguration<ListingChange>
{
    public void Configure(EntityTypeBuilder<ListingChange> change)
    {
        change.HasIndex(c => new { c.ListingId, c.ChangedAt });
        change.Property(c => c.ChangedBy).HasMaxLength(100);
        change.Property(c => c.Kind).HasMaxLength(30);
        change.Property(c => c.ReviewedBy).HasMaxLength(100);
        change.HasIndex(c => c.ReviewedAt);
        change.OwnsMany(c => c.Fields, fields => fields.ToJson());
    }
}
