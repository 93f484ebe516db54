using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Tests.Listings;

public class ListingRecordParserTests
{
    private static readonly HashSet<string> Tags = ["lgbt-plus", "women"];

    [Fact]
    public void A_complete_record_parses_into_a_listing()
    {
        var (parsed, errors) = ListingRecordParser.Parse(Build.Group("Rainbow Walkers", Build.Leeds, "lgbt-plus"), Tags);
        Assert.Empty(errors);
        Assert.NotNull(parsed);
        Assert.Equal(Formats.Group | Formats.InPerson, parsed.Listing.Formats);
        Assert.Equal(["lgbt-plus"], parsed.TagSlugs);
        Assert.Equal("rainbow-walkers", parsed.Listing.Slug);
    }

    [Fact]
    public void Every_problem_with_a_record_is_reported()
    {
        var record = Build.Group("", Build.Leeds, "not-a-tag");
        record.RunBy = "Robots";
        record.Schedules = [new ScheduleRecord { Kind = "Weekly", Start = "25:00" }];
        var (parsed, errors) = ListingRecordParser.Parse(record, Tags);
        Assert.Null(parsed);
        Assert.Contains(errors, e => e.StartsWith("name is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("runBy must be one of PeerLed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not-a-tag", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("schedules[1].day is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("schedules[1].start must be a 24-hour time", StringComparison.Ordinal));
    }

    [Fact]
    public void An_in_person_listing_without_a_place_is_refused()
    {
        var record = Build.Group("Somewhere Group", Build.Leeds);
        record.Place = null;
        var (_, errors) = ListingRecordParser.Parse(record, Tags);
        Assert.Contains(errors, e => e.Contains("needs a place", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_outside_Great_Britain_is_refused()
    {
        var (_, errors) = ListingRecordParser.Parse(Build.Group("Paris Group", (48.85, 2.35)), Tags);
        Assert.Contains(errors, e => e.Contains("not in Great Britain", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_needs_a_valid_polygon()
    {
        var record = Build.Online("Region Group");
        record.Area = new AreaRecord { Kind = "Region", Name = "Somewhere", Wkt = "POLYGON((1 2, 3" };
        var (_, errors) = ListingRecordParser.Parse(record, Tags);
        Assert.Contains(errors, e => e.Contains("valid POLYGON", StringComparison.Ordinal));
    }
}
