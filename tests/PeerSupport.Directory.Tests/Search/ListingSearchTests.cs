using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

public sealed class ListingSearchTests : IAsyncLifetime
{
    private static readonly GeoPoint Leeds = new(Build.Leeds.Lat, Build.Leeds.Lon);
    private TestDirectory directory = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync();
        await directory.ImportAsync(
            Build.Group("Headingley Hearing Voices", Build.Headingley, "hearing-voices"),
            Build.Group("City Centre Women's Circle", Build.Leeds, "women"),
            Build.Group("Wakefield Walkers", Build.Wakefield, "walking", "women"),
            Build.Group("Manchester Rainbow", Build.Manchester, "lgbt-plus"),
            Build.Online("National Online Circle", "women"));
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private List<string> Names(SearchRequest request) => directory.Search.Search(request).Hits.Select(h => h.Card.Name).ToList();

    [Fact]
    public void Results_near_a_place_come_nearest_first_then_online_support()
    {
        var names = Names(new SearchRequest { Near = Leeds, RadiusKm = 20 });
        Assert.Equal(["City Centre Women's Circle", "Headingley Hearing Voices", "Wakefield Walkers", "National Online Circle"], names);
    }

    [Fact]
    public void Groups_beyond_the_radius_are_left_out_and_online_can_be_left_out_too()
    {
        var names = Names(new SearchRequest { Near = Leeds, RadiusKm = 5, IncludeOnlineAndPhone = false });
        Assert.Equal(["City Centre Women's Circle", "Headingley Hearing Voices"], names);
    }

    [Fact]
    public void Each_result_carries_its_distance_and_how_it_reaches_the_person()
    {
        var hits = directory.Search.Search(new SearchRequest { Near = Leeds, RadiusKm = 20 }).Hits;
        var wakefield = hits.Single(h => h.Card.Name == "Wakefield Walkers");
        Assert.Equal(Reach.Venue, wakefield.Reach);
        Assert.InRange(wakefield.DistanceKm!.Value, 12, 14);
        var online = hits.Single(h => h.Card.Name == "National Online Circle");
        Assert.Equal(Reach.National, online.Reach);
        Assert.Null(online.DistanceKm);
    }

    [Fact]
    public void Preferences_rank_listings_that_share_more_first_and_say_what_each_shares()
    {
        var hits = directory.Search.Search(new SearchRequest { Near = Leeds, RadiusKm = 20, Tags = ["women", "walking"] }).Hits;
        Assert.Equal("Wakefield Walkers", hits[0].Card.Name);
        Assert.Equal(["women", "walking"], hits[0].PreferencesMet);
        var headingley = hits.Single(h => h.Card.Name == "Headingley Hearing Voices");
        Assert.Equal(["women", "walking"], headingley.PreferencesNotStated);
    }

    [Fact]
    public void Free_text_finds_words_and_taxonomy_synonyms()
    {
        Assert.Equal(["Headingley Hearing Voices"], Names(new SearchRequest { Text = "voices" }));
        // "gay" is a synonym of the LGBT+ tag, not a word in the listing.
        Assert.Equal(["Manchester Rainbow"], Names(new SearchRequest { Text = "gay" }));
    }

    [Fact]
    public void A_typo_in_a_word_the_index_stems_is_still_found() =>
        Assert.Equal(["Headingley Hearing Voices"], Names(new SearchRequest { Text = "hearng voices" }));

    [Fact]
    public async Task A_group_with_a_venue_elsewhere_is_found_in_the_area_it_serves_and_nowhere_else()
    {
        var outreach = Build.Group("Ward Visitors of Wakefield District", Build.Manchester, "ward-visiting");
        outreach.Area = new PeerSupport.Directory.Listings.Import.AreaRecord
        {
            Kind = "Radius",
            Name = "Wakefield district",
            Latitude = Build.Wakefield.Lat,
            Longitude = Build.Wakefield.Lon,
            RadiusKm = 12,
        };
        await directory.ImportAsync(outreach);

        var nearWakefield = directory.Search.Search(new SearchRequest { Near = new GeoPoint(Build.Wakefield.Lat, Build.Wakefield.Lon), RadiusKm = 5, Text = "ward" });
        var nearLeeds = Names(new SearchRequest { Near = Leeds, RadiusKm = 5, Text = "ward" });

        Assert.Equal(Reach.CoversArea, Assert.Single(nearWakefield.Hits).Reach);
        Assert.Empty(nearLeeds);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e308)]
    public async Task A_radius_stored_before_the_bound_does_not_make_a_listing_cover_everywhere(double storedKm)
    {
        // Imports refuse such a radius now (ListingRecordParser); a row saved before may still hold one.
        var outreach = Build.Group("Ward Visitors of Wakefield District", Build.Manchester, "ward-visiting");
        outreach.Area = new PeerSupport.Directory.Listings.Import.AreaRecord { Kind = "Radius", Name = "Wakefield district", Latitude = Build.Wakefield.Lat, Longitude = Build.Wakefield.Lon, RadiusKm = 12 };
        await directory.ImportAsync(outreach);
        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == outreach.Name);
            listing.Area!.RadiusKm = storedKm;
            await db.SaveChangesAsync();
        }
        await directory.Indexer.RebuildAsync();

        // New York is 5,400 km from Wakefield: beyond any radius a listing may serve (1,000 km).
        var newYork = directory.Search.Search(new SearchRequest { Near = new GeoPoint(40.71, -74.01), RadiusKm = 5, Text = "ward" });

        Assert.Empty(newYork.Hits);
    }

    [Fact]
    public async Task A_committed_change_is_searchable_at_once()
    {
        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == "Manchester Rainbow");
            listing.Name = "Manchester Rainbow Minds";
            await db.SaveChangesAsync();
        }
        Assert.Equal(["Manchester Rainbow Minds"], Names(new SearchRequest { Text = "minds" }));

        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == "Manchester Rainbow Minds");
            listing.Status = ListingStatus.Paused;
            await db.SaveChangesAsync();
        }
        Assert.Empty(Names(new SearchRequest { Text = "minds" }));
    }

    [Fact]
    public async Task A_listing_taken_down_leaves_searches_without_text_and_their_counts()
    {
        // Without text no Lucene query runs: the segment's live documents decide, kept per reader.
        var before = directory.Search.Search(new SearchRequest { Near = Leeds, RadiusKm = 20 });
        Assert.Contains("Wakefield Walkers", before.Hits.Select(h => h.Card.Name));
        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == "Wakefield Walkers");
            listing.Status = ListingStatus.Paused;
            await db.SaveChangesAsync();
        }
        var after = directory.Search.Search(new SearchRequest { Near = Leeds, RadiusKm = 20 });
        Assert.DoesNotContain("Wakefield Walkers", after.Hits.Select(h => h.Card.Name));
        Assert.Equal(before.Total - 1, after.Total);
        Assert.Equal(before.CountOf(FacetNames.Tags, "walking") - 1, after.CountOf(FacetNames.Tags, "walking"));
    }

    [Fact]
    public async Task After_an_edit_the_unchanged_listings_of_the_same_segment_still_show_their_cards()
    {
        // Facts are cached per segment; an edit deletes from that segment, so Lucene opens a new
        // reader for it and closes the old one. Cards must come from the searcher's current reader.
        Assert.Equal(5, directory.Search.Search(new SearchRequest()).Total);
        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == "Manchester Rainbow");
            listing.Name = "Manchester Rainbow Minds";
            await db.SaveChangesAsync();
        }
        await using (var db = directory.NewContext())
        {
            var listing = await db.Listings.SingleAsync(l => l.Name == "Wakefield Walkers");
            listing.Summary = "Walks every week.";
            await db.SaveChangesAsync();
        }
        var names = Names(new SearchRequest { PageSize = 10 });
        Assert.Equal(5, names.Count);
        Assert.Contains("Headingley Hearing Voices", names);
        Assert.Contains("Manchester Rainbow Minds", names);
        Assert.DoesNotContain("Manchester Rainbow", names);
    }

    [Fact]
    public async Task Reconcile_repairs_an_index_that_drifted_from_the_database()
    {
        // A change made behind the index's back (e.g. by the import command while the site runs).
        await using (var db = directory.NewContext())
        {
            await db.Listings.Where(l => l.Name == "Wakefield Walkers")
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, ListingStatus.Archived).SetProperty(l => l.Version, Guid.NewGuid()));
            await db.Listings.Where(l => l.Name == "Headingley Hearing Voices")
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Summary, "Now meets in the library.").SetProperty(l => l.Version, Guid.NewGuid()));
        }
        Assert.Contains("Wakefield Walkers", Names(new SearchRequest()));

        var result = await directory.Indexer.ReconcileAsync();

        Assert.Equal(new ReconcileResult(1, 1), result);
        Assert.DoesNotContain("Wakefield Walkers", Names(new SearchRequest()));
        Assert.Equal("Now meets in the library.", directory.Search.Search(new SearchRequest { Text = "voices" }).Hits.Single().Card.Summary);
        Assert.Equal(new ReconcileResult(0, 0), await directory.Indexer.ReconcileAsync());
    }

    [Fact]
    public async Task A_rebuild_swaps_in_a_complete_fresh_index()
    {
        var before = Names(new SearchRequest());

        var count = await directory.Indexer.RebuildAsync();

        Assert.Equal(5, count);
        Assert.Equal(before, Names(new SearchRequest()));
        Assert.False(directory.Index.NeedsRebuild);
    }
}
