using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

public sealed class OrukServiceReaderTests
{
    private const string Feed = "https://council.example/api/oruk";

    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        [PublicIds.TaxonomyTerm("gender", "women").ToString()] = "women",
        ["women"] = "women",
        ["walking"] = "walking",
    };

    private static (ListingRecord? Record, List<string> Reasons) Read(JsonNode service) =>
        OrukServiceReader.Read(JsonDocument.Parse(service.ToJsonString()).RootElement, Feed, Tags);

    private static ListingRecord Mapped(JsonNode service)
    {
        var (record, reasons) = Read(service);
        Assert.Empty(reasons);
        return record!;
    }

    private static string Examples => OrukStandard.Examples;

    [Fact]
    public void An_active_weekly_group_at_a_venue_becomes_an_in_person_listing_with_its_place_schedule_and_email()
    {
        var service = OrukSample.Service("Tuesday Circle", "3a6f1d2e-0000-4000-8000-000000000001");

        var record = Mapped(service);

        Assert.Equal($"{OrukServiceReader.ExternalIdOf(Feed, "3a6f1d2e-0000-4000-8000-000000000001")}", record.ExternalId);
        Assert.StartsWith("oruk:", record.ExternalId, StringComparison.Ordinal);
        Assert.Equal(("Tuesday Circle", "Tuesday Circle: a peer support group.", "Published"), (record.Name, record.Summary, record.Status));
        Assert.Equal(["InPerson"], record.Formats);
        var schedule = Assert.Single(record.Schedules!);
        Assert.Equal(("Weekly", "Tuesday", "18:00", "20:00"), (schedule.Kind, schedule.Day, schedule.Start, schedule.End));
        Assert.Equal(("Community Hall", "1 Main Street", "Leeds", "LS1 1AA"), (record.Place!.Venue, record.Place.Address, record.Place.Town, record.Place.Postcode));
        var contact = Assert.Single(record.Contacts!);
        Assert.Equal(("Email", "hello@example.org"), (contact.Kind, contact.Value));
    }

    [Fact]
    public void The_same_service_id_from_two_feeds_gets_two_external_ids_that_fit_the_limit()
    {
        var id = Guid.NewGuid().ToString();

        var (one, other) = (OrukServiceReader.ExternalIdOf(Feed, id), OrukServiceReader.ExternalIdOf("https://other.example/oruk", id));

        Assert.NotEqual(one, other);
        Assert.True(one.Length <= ListingLimits.ExternalId);
        Assert.Equal(one, OrukServiceReader.ExternalIdOf(Feed.ToUpperInvariant(), id));
    }

    [Fact]
    public void A_person_named_as_a_contact_is_never_read()
    {
        var record = Mapped(OrukSample.Service("Circle"));

        Assert.DoesNotContain(record.Contacts!, c => c.Value!.Contains("Persona", StringComparison.Ordinal) || c.Label?.Contains("Persona", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Byday_with_several_days_becomes_one_weekly_schedule_a_day()
    {
        var service = OrukSample.Service("Twice a week");
        service["schedules"] = new JsonArray(OrukSample.Weekly("TU,TH", "10:00"));

        var record = Mapped(service);

        Assert.Equal(["Tuesday", "Thursday"], record.Schedules!.Select(s => s.Day));
    }

    [Theory]
    [InlineData("DAILY", "TU", "schedule 2: freq \"DAILY\" is not WEEKLY or MONTHLY")]
    [InlineData("MONTHLY", "5TU", "schedule 2: byday \"5TU\" on a MONTHLY schedule must be 1MO to 4MO or -1MO (the last)")]
    public void A_schedule_we_cannot_represent_keeps_the_whole_service_out_and_says_why(string freq, string byday, string reason)
    {
        var service = OrukSample.Service("Half valid");
        service["schedules"] = new JsonArray(OrukSample.Weekly("MO", "10:00"), OrukSample.Schedule(freq, byday, "10:00"));

        var (record, reasons) = Read(service);

        Assert.Null(record);
        Assert.Equal([reason], reasons);
    }

    [Fact]
    public void A_service_with_no_location_that_is_not_online_or_by_phone_is_not_imported()
    {
        var service = OrukSample.Service("Nowhere");
        service.Remove("service_at_locations");
        service["schedules"] = new JsonArray(OrukSample.Weekly("MO", "10:00"));

        var (record, reasons) = Read(service);

        Assert.Null(record);
        Assert.Equal(["has no physical location, no virtual location and no attending_type saying online or phone"], reasons);
    }

    [Fact]
    public void A_virtual_location_makes_an_online_listing_and_an_anyone_in_area_is_its_national_area()
    {
        var service = OrukSample.Service("Online circle");
        service["service_at_locations"] = new JsonArray(OrukSample.AtLocation(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["location_type"] = "virtual", ["name"] = "Online" }));
        service["service_areas"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "England", ["service_area"] = "Anyone in England" });

        var record = Mapped(service);

        Assert.Equal(["Online"], record.Formats);
        Assert.Null(record.Place);
        Assert.Equal(("National", "England"), (record.Area!.Kind, record.Area.Name));
    }

    [Fact]
    public void An_online_service_whose_area_cannot_be_placed_is_not_imported()
    {
        var service = OrukSample.Service("Residents only");
        service["service_at_locations"] = new JsonArray(OrukSample.AtLocation(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["location_type"] = "virtual" }));
        service["service_areas"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "MyCity residents" });

        var (record, reasons) = Read(service);

        Assert.Null(record);
        Assert.Contains(reasons, r => r.StartsWith("its service area \"MyCity residents\" cannot be placed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_online_service_with_a_boundary_as_its_extent_serves_that_region_even_when_the_geojson_is_written_in_place()
    {
        var service = OrukSample.Service("Leeds residents online");
        service["service_at_locations"] = new JsonArray(OrukSample.AtLocation(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["location_type"] = "virtual" }));
        service["service_areas"] = new JsonArray(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = "",
            ["service_area"] = "Available to all residents of the Leeds district. " + new string('x', 300),
            ["extent_type"] = "geojson",
            ["extent"] = JsonNode.Parse("""{"type":"Polygon","coordinates":[[[-1.8,53.7],[-1.3,53.7],[-1.3,53.95],[-1.8,53.95],[-1.8,53.7]]]}"""),
        });

        var record = Mapped(service);

        Assert.Equal("Region", record.Area!.Kind);
        Assert.Equal(ListingLimits.AreaName, record.Area.Name!.Length);
        Assert.StartsWith("Available to all residents of the Leeds district.", record.Area.Name, StringComparison.Ordinal);
        Assert.NotNull(PeerSupport.Directory.Geography.AreaShapes.ReadPolygon(record.Area.Wkt));
    }

    [Theory]
    [InlineData("closed for good", "status 'closed for good' is not one of the standard's")]
    [InlineData(null, "has no status")]
    public void An_unknown_or_missing_status_is_said(string? status, string reason)
    {
        var service = OrukSample.Service("Odd status");
        service["status"] = status;

        Assert.Contains(reason, Read(service).Reasons);
    }

    [Fact]
    public void Two_physical_locations_are_not_squeezed_into_one_place()
    {
        var service = OrukSample.Service("Two halls");
        service["service_at_locations"]!.AsArray().Add(OrukSample.AtLocation(OrukSample.Physical("Second Hall", Build.Headingley)));

        Assert.Contains("has 2 physical locations; a listing here meets at one place (publish one service per place)", Read(service).Reasons);
    }

    [Fact]
    public void Terms_of_our_taxonomy_become_tags_by_id_or_slug_and_other_terms_are_left()
    {
        var service = OrukSample.Service("Tagged");
        service["attributes"] = new JsonArray(
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = PublicIds.TaxonomyTerm("gender", "women").ToString(), ["name"] = "Women" } },
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Walking", ["term"] = "walking" } },
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Benefits advice", ["term"] = "benefits" } });

        Assert.Equal(["women", "walking"], Mapped(service).Tags);
    }

    [Fact]
    public void Contacts_titled_by_their_kind_are_the_routes_and_the_services_own_email_is_then_not_added_twice()
    {
        var service = OrukSample.Service("Routes");
        service["contacts"] = new JsonArray(
            new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Email", ["title"] = "Email: circle@example.org" },
            new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = "Evenings",
                ["title"] = "Phone",
                ["phones"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["number"] = "0113 496 0000" }),
            });

        var contacts = Mapped(service).Contacts!;

        Assert.Equal([("Email", "circle@example.org", (string?)null), ("Phone", "0113 496 0000", "Evenings")], contacts.Select(c => (c.Kind!, c.Value!, c.Label)));
    }

    [Fact]
    public void The_standards_full_service_example_is_not_imported_and_every_reason_is_said()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, "service_full.json")))!;

        var (record, reasons) = Read(example);

        Assert.Null(record);
        Assert.Equal(
        [
            "schedule 1: bymonthday (a day of the month by number) has no equivalent here; only weekdays are",
        ], reasons);
    }
}
