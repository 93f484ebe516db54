using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Listings;

public sealed class PublicIdsTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public void A_name_based_id_is_the_rfc_9562_version_5_uuid()
    {
        // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), PublicIds.NameBased(dns, "www.example.com"));
    }

    [Fact]
    public void Ids_derived_from_one_listing_differ_by_role_and_ordinal_and_repeat_exactly()
    {
        var listing = Guid.NewGuid();
        var ids = new[]
        {
            PublicIds.Location(listing), PublicIds.ServiceAtLocation(listing), PublicIds.ServiceArea(listing),
            PublicIds.Schedule(listing, 0), PublicIds.Schedule(listing, 1), PublicIds.Contact(listing, 0),
            PublicIds.Address(listing), PublicIds.Accessibility(listing), PublicIds.CostOption(listing), PublicIds.Phone(listing, 0),
            PublicIds.Language(listing, "Urdu"), PublicIds.Attribute(listing, PublicIds.TaxonomyTerm("gender", "women")),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(ids[3], PublicIds.Schedule(listing, 0));
        Assert.NotEqual(PublicIds.Location(listing), PublicIds.Location(Guid.NewGuid()));
    }

    [Fact]
    public void An_organisation_has_one_id_whatever_its_case_and_spacing()
    {
        Assert.Equal(PublicIds.Organisation("Mind in  Leeds"), PublicIds.Organisation(" mind in leeds "));
        Assert.NotEqual(PublicIds.Organisation("Mind in Leeds"), PublicIds.Organisation("Mind in Bradford"));
    }

    [Fact]
    public async Task A_listing_keeps_its_public_id_when_an_import_updates_it()
    {
        var record = Build.Group("Kept Id Group", Build.Leeds);
        await directory.ImportAsync(record);
        await using var before = directory.NewContext();
        var id = await before.Listings.Select(l => l.PublicId).SingleAsync();

        record.Name = "Kept Id Group Renamed";
        Assert.Equal(1, (await directory.ImportAsync(record)).Updated);

        await using var after = directory.NewContext();
        Assert.Equal(id, await after.Listings.Select(l => l.PublicId).SingleAsync());
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task The_migration_gives_every_listing_already_stored_its_own_random_id()
    {
        await directory.ImportAsync(Build.Group("Stored One", Build.Leeds), Build.Online("Stored Two"), Build.Online("Stored Three"));
        await using var db = directory.NewContext();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var added = migrations.Single(m => m.EndsWith("_ListingPublicId", StringComparison.Ordinal));

        await migrator.MigrateAsync(migrations[migrations.IndexOf(added) - 1]);
        await migrator.MigrateAsync(added);

        var ids = await db.Listings.AsNoTracking().Select(l => l.PublicId).ToListAsync();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(4, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
    }
}
