using System.Globalization;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Tests.Listings;

/// <summary>The bounds every listing is held to, from the editor and from imports (ListingLimits).</summary>
public class ListingLimitsTests
{
    private static readonly HashSet<string> Tags = ["lgbt-plus", "women"];

    private static List<string> ErrorsOf(Action<ListingRecord> change)
    {
        var record = Build.Group("Rainbow Walkers", Build.Leeds, "lgbt-plus");
        change(record);
        return ListingRecordParser.Parse(record, Tags).Errors;
    }

    [Fact]
    public void A_listing_within_every_bound_has_no_errors() => Assert.Empty(ErrorsOf(_ => { }));

    [Fact]
    public void More_contacts_than_a_listing_may_hold_are_refused_in_one_message()
    {
        var errors = ErrorsOf(r => r.Contacts = [.. Enumerable.Range(1, 898).Select(i => new ContactRecord { Kind = "Phone", Value = $"0113 496 {i:0000}" })]);

        Assert.Equal(["contacts: at most 10 (this listing has 898)"], errors);
    }

    [Fact]
    public void More_meeting_times_than_a_listing_may_hold_are_refused() =>
        Assert.Contains("schedules: at most 12 (this listing has 13)", ErrorsOf(r => r.Schedules =
            [.. Enumerable.Range(0, 13).Select(_ => new ScheduleRecord { Kind = "Weekly", Day = "Monday", Start = "18:00" })]));

    [Fact]
    public void A_line_break_in_a_name_is_refused_so_it_cannot_reach_an_email_header() =>
        Assert.Contains("name must be on one line", ErrorsOf(r => r.Name = "Rainbow\r\nBcc: someone@example.org"));

    [Theory]
    [InlineData("NEL", "\u0085")]
    [InlineData("line separator", "\u2028")]
    [InlineData("paragraph separator", "\u2029")]
    public void A_unicode_line_break_in_an_imported_name_is_refused_as_a_line_break(string name, string lineBreak) =>
        Assert.True(ErrorsOf(r => r.Name = $"Rainbow{lineBreak}Bcc: someone@example.org").Contains("name must be on one line"), $"A {name} in a name was not refused as a line break.");

    [Fact]
    public void A_description_keeps_its_line_breaks_but_not_a_nul()
    {
        Assert.Empty(ErrorsOf(r => r.Description = "We meet weekly.\r\n\r\nEveryone welcome."));
        Assert.Contains("description has a control character", ErrorsOf(r => r.Description = "We meet\0 weekly."));
    }

    [Fact]
    public void A_description_longer_than_the_bound_is_refused() =>
        Assert.Contains($"description is longer than {ListingLimits.Description} characters", ErrorsOf(r => r.Description = new string('a', ListingLimits.Description + 1)));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("www.example.org")]
    [InlineData("ftp://example.org/file")]
    public void A_website_that_is_not_an_http_address_is_refused(string value) =>
        Assert.Contains("contacts[1].value must be a web address starting https:// or http://",
            ErrorsOf(r => r.Contacts = [new ContactRecord { Kind = "Website", Value = value }]));

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    [InlineData(1001)]
    public void A_radius_wider_than_Great_Britain_is_refused(double km)
    {
        var errors = ErrorsOf(r => r.Area = new AreaRecord { Kind = "Radius", Name = "Leeds", Latitude = 53.8, Longitude = -1.55, RadiusKm = km });

        Assert.Contains(errors, e => e.StartsWith("area.radiusKm must be at most 1000", StringComparison.Ordinal) || e.Contains("positive radiusKm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_boundary_with_more_points_than_the_bound_is_refused()
    {
        // A valid circle-like polygon of 1,200 points round Leeds.
        var points = Enumerable.Range(0, 1200).Select(i => (Lon: -1.55 + 0.1 * Math.Cos(i * 2 * Math.PI / 1200), Lat: 53.8 + 0.1 * Math.Sin(i * 2 * Math.PI / 1200))).ToList();
        var ring = string.Join(", ", points.Append(points[0]).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Lon:F6} {p.Lat:F6}")));

        var errors = ErrorsOf(r => r.Area = new AreaRecord { Kind = "Region", Name = "Leeds", Wkt = $"POLYGON(({ring}))" });

        Assert.Contains($"area.wkt has more than {ListingLimits.RegionPoints} points", errors);
    }

    [Theory]
    [InlineData(ContactKind.Website, "javascript:alert(1)", null)]
    [InlineData(ContactKind.Website, "https://example.org/join", "https://example.org/join")]
    [InlineData(ContactKind.Email, "join@example.org", "mailto:join@example.org")]
    [InlineData(ContactKind.Email, "a@b.c?bcc=x@y.z", null)]
    [InlineData(ContactKind.Phone, "0113 496 0173", "tel:01134960173")]
    [InlineData(ContactKind.Text, "+44 7700 900018", "sms:+447700900018")]
    [InlineData(ContactKind.Phone, "javascript:0", null)]
    public void A_contact_link_is_built_from_a_checked_value_never_taken_from_input(ContactKind kind, string value, string? href) =>
        Assert.Equal(href, ContactValues.Href(kind, value));
}
