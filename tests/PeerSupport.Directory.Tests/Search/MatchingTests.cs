using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>Preferences, musts, filters with their counts, sorting and what to relax when nothing matches.</summary>
public sealed class MatchingTests : IAsyncLifetime
{
    private static readonly GeoPoint Leeds = new(Build.Leeds.Lat, Build.Leeds.Lon);
    private TestDirectory directory = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync();
        var womenMonday = Build.Group("Women Together Monday", Build.Leeds, "women");
        womenMonday.Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Monday", Start = "10:00", End = "12:00" }];
        womenMonday.Accessibility = ["StepFree", "HearingLoop"];
        var walking = Build.Group("Saturday Walkers", Build.Headingley, "walking", "women");
        walking.Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Saturday", Start = "10:30" }];
        walking.JoinBy = "ContactFirst";
        walking.Accessibility = ["StepFree"];
        var psychosis = Build.Group("Early Psychosis Circle", Build.Wakefield, "psychosis", "young-adults");
        psychosis.Schedules = [new ScheduleRecord { Kind = "Weekly", Day = "Thursday", Start = "18:00" }];
        psychosis.Cost = "Donation";
        var hybrid = Build.Group("Cardiff Bipolar Hybrid", Build.Cardiff, "bipolar");
        hybrid.Formats = ["Group", "InPerson", "Online"];
        var stale = Build.Group("Stale Women Group", Build.Leeds, "women");
        stale.LastConfirmed = TestDirectory.Now.AddDays(-150);
        await directory.ImportAsync(womenMonday, walking, psychosis, hybrid, stale);
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private SearchResults Search(SearchRequest request) => directory.Search.Search(request with { UtcNow = TestDirectory.Now.UtcDateTime });

    private List<string> Names(SearchRequest request) => Search(request).Hits.Select(h => h.Card.Name).ToList();

    [Theory]
    [InlineData("psycosis", "Early Psychosis Circle")]
    [InlineData("bipolr", "Cardiff Bipolar Hybrid")]
    [InlineData("walkers saturday", "Saturday Walkers")]
    public void Misspelt_words_still_find_the_group(string text, string expected) =>
        Assert.Equal(expected, Names(new SearchRequest { Text = text })[0]);

    [Fact]
    public void A_hybrid_group_far_away_is_offered_as_online_support_without_a_distance()
    {
        var hit = Search(new SearchRequest { Near = Leeds, RadiusKm = 20, Formats = ["online"] }).Hits[0];
        Assert.Equal("Cardiff Bipolar Hybrid", hit.Card.Name);
        Assert.Equal(Reach.OnlineOrPhone, hit.Reach);
        Assert.Null(hit.DistanceKm);
    }

    [Fact]
    public void A_hybrid_group_nearby_matches_an_in_person_search_too()
    {
        var cardiff = new GeoPoint(Build.Cardiff.Lat, Build.Cardiff.Lon);
        var hit = Search(new SearchRequest { Near = cardiff, RadiusKm = 5, Formats = ["in-person", "online"] }).Hits.Single();
        Assert.Equal(["in-person", "online"], hit.PreferencesMet);
        Assert.Equal(Reach.Venue, hit.Reach);
    }

    [Fact]
    public void A_must_turns_a_preference_into_a_requirement()
    {
        var preferences = Names(new SearchRequest { Near = Leeds, RadiusKm = 20, Tags = ["walking"], IncludeOnlineAndPhone = false });
        var musts = Names(new SearchRequest { Near = Leeds, RadiusKm = 20, Tags = ["walking"], Must = ["walking"], IncludeOnlineAndPhone = false });
        Assert.Equal(4, preferences.Count);
        Assert.Equal("Saturday Walkers", preferences[0]);
        Assert.Equal(["Saturday Walkers"], musts);
    }

    [Fact]
    public void Filters_narrow_the_results_and_their_counts_say_what_each_choice_would_give()
    {
        var results = Search(new SearchRequest { Filters = FilterGroups.Of(DayOfWeek.Monday), IncludeOnlineAndPhone = false });

        Assert.Equal(["Women Together Monday"], results.Hits.Select(h => h.Card.Name));
        // Day counts ignore the day filter itself: choosing Saturday as well would add one group.
        Assert.Equal(1, results.CountOf(FacetNames.Days, nameof(DayOfWeek.Monday)));
        Assert.Equal(1, results.CountOf(FacetNames.Days, nameof(DayOfWeek.Saturday)));
        Assert.Equal(2, results.CountOf(FacetNames.Days, nameof(DayOfWeek.Tuesday)));
        // Other counts are within the Monday results.
        Assert.Equal(1, results.CountOf(FacetNames.Times, nameof(TimeOfDay.Morning)));
        Assert.Equal(0, results.CountOf(FacetNames.Cost, nameof(Cost.Donation)));
    }

    [Fact]
    public void Access_needs_must_all_be_met()
    {
        var names = Names(new SearchRequest { Filters = FilterGroups.Of(Accessibility.StepFree) | FilterGroups.Of(Accessibility.HearingLoop) });
        Assert.Equal(["Women Together Monday"], names);
    }

    [Fact]
    public async Task Counts_match_a_brute_force_count_over_the_same_listings()
    {
        // The brute force reads the stored listings and measures every distance itself.
        await using var db = directory.NewContext();
        var listings = await db.Listings.Include(l => l.Tags).ToListAsync();
        var near = listings.Where(l => l.Place is { } v && Leeds.DistanceKmTo(new GeoPoint(v.Latitude, v.Longitude)) <= 20).ToList();
        var online = listings.Except(near).Where(l => l.Formats.HasFlag(Formats.Online)).ToList();
        var shown = near.Concat(online).ToList();

        var all = Search(new SearchRequest { Near = Leeds, RadiusKm = 20, PageSize = 100 });
        var inPerson = Search(new SearchRequest { Near = Leeds, RadiusKm = 20, IncludeOnlineAndPhone = false, PageSize = 100 });

        Assert.Equal(shown.Count, all.Total);
        Assert.Equal(shown.Count(l => l.JoinBy == JoinBy.ContactFirst), all.CountOf(FacetNames.Join, nameof(JoinBy.ContactFirst)));
        Assert.Equal(shown.Count(l => l.JoinBy == JoinBy.DropIn), all.CountOf(FacetNames.Join, nameof(JoinBy.DropIn)));
        Assert.Equal(shown.Count(l => l.Tags.Any(t => t.Slug == "women")), all.CountOf(FacetNames.Tags, "women"));
        Assert.Equal(shown.Count(l => l.Accessibility.HasFlag(Accessibility.StepFree)), all.CountOf(FacetNames.Access, nameof(Accessibility.StepFree)));
        Assert.Equal(online.Count, all.CountOf(FacetNames.OnlineAndPhone, "true"));
        Assert.Equal(near.Count, inPerson.Total);
        // Not a vacuous agreement: the set holds each kind counted above.
        Assert.True(near.Count >= 3 && online.Count >= 1 && near.Count < listings.Count);
    }

    [Fact]
    public void A_listing_that_may_be_out_of_date_ranks_below_fresh_ones_and_says_so()
    {
        var hits = Search(new SearchRequest { Near = Leeds, RadiusKm = 5, Tags = ["women"], IncludeOnlineAndPhone = false }).Hits;
        Assert.Equal(["Women Together Monday", "Saturday Walkers", "Stale Women Group"], hits.Select(h => h.Card.Name));
        Assert.True(hits[2].MayBeOutOfDate);
        Assert.False(hits[0].MayBeOutOfDate);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void A_listing_may_be_out_of_date_from_exactly_120_days_after_it_was_confirmed(long ticksFrom120Days, bool expected)
    {
        var confirmed = TestDirectory.Now.AddDays(-150).UtcDateTime;
        var now = confirmed.AddDays(120).AddTicks(ticksFrom120Days);
        var hit = directory.Search.Search(new SearchRequest { Text = "Stale Women Group", UtcNow = now }).Hits.First(h => h.Card.Name == "Stale Women Group");
        Assert.Equal(expected, hit.MayBeOutOfDate);
        Assert.Equal(PeerSupport.Directory.Freshness.FreshnessText.MayBeOutOfDate(confirmed, now), hit.MayBeOutOfDate);
    }

    [Fact]
    public void Results_can_be_ordered_by_next_meeting()
    {
        // Monday 23 November, 09:00: the Monday 10am group meets first, then Tuesday's, Thursday's, Saturday's.
        var names = Names(new SearchRequest { Sort = SortOrder.NextMeeting, IncludeOnlineAndPhone = false });
        Assert.Equal("Women Together Monday", names[0]);
        Assert.Equal("Saturday Walkers", names[^1]);
    }

    [Fact]
    public void With_no_results_the_search_says_what_to_relax_and_how_many_each_would_give()
    {
        var results = Search(new SearchRequest
        {
            Near = Leeds,
            RadiusKm = 5,
            Tags = ["psychosis"],
            Must = ["psychosis"],
            IncludeOnlineAndPhone = false,
        });

        Assert.Equal(0, results.Total);
        Assert.Equal(
            [new Relaxation(RelaxationKind.DropMust, "psychosis", 3), new Relaxation(RelaxationKind.WiderRadius, "50", 1)],
            results.Relaxations);
    }

    [Fact]
    public async Task Equal_results_come_in_listing_id_order_whatever_order_the_index_holds_them_in()
    {
        // Re-indexing the first listings moves their documents behind the others in the index.
        var ids = Search(new SearchRequest { PageSize = 100 }).Hits.Select(h => h.Card.Id).Order().ToList();
        await directory.Indexer.UpdateAsync(ids.Take(2).ToList());

        // No text, place or preferences: only freshness tells these apart, then the listing id.
        var hits = Search(new SearchRequest { PageSize = 100 }).Hits;
        var fresh = hits.Where(h => !h.MayBeOutOfDate).Select(h => h.Card.Id).ToList();
        Assert.Equal(4, fresh.Count);
        Assert.Equal(fresh.Order(), fresh);
        Assert.True(hits[^1].MayBeOutOfDate);
    }
}
