using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Listings.Import;
using static PeerSupport.Directory.Web.Tests.Support.TestListings;

namespace PeerSupport.Directory.Web.Tests.Calendars;

/// <summary>A group's calendar file and feed, through the app: what is in them, what never is, and when there is none.</summary>
public sealed class GroupCalendarTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    [Fact]
    public async Task Add_to_calendar_downloads_a_file_named_after_the_group_in_uk_time()
    {
        var listing = await app.AddListingAsync(Group("Calendar Download Circle"));

        var response = await client.GetAsync($"/groups/{listing.Id}/calendar.ics?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("calendar-download-circle.ics", response.Content.Headers.ContentDisposition?.FileName);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Europe/London", Assert.Single(calendar.TimeZones).TzId);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("Calendar Download Circle", meeting.Summary);
        Assert.Equal("Europe/London", meeting.DtStart?.TzId);
        Assert.Equal(new Uri($"http://localhost:5080/groups/{listing.Id}/calendar-download-circle"), meeting.Url);
    }

    [Fact]
    public async Task Each_kind_of_schedule_becomes_its_own_rule_and_a_one_off_a_single_event()
    {
        var record = Group("Calendar Kinds Circle");
        record.Schedules =
        [
            new ScheduleRecord { Kind = "Weekly", Day = "Wednesday", Start = "18:00", End = "20:00" },
            new ScheduleRecord { Kind = "Fortnightly", Day = "Thursday", Date = "2026-10-22", Start = "19:00" },
            new ScheduleRecord { Kind = "MonthlyNthWeekday", Day = "Monday", Nth = 2, Start = "10:30" },
            new ScheduleRecord { Kind = "MonthlyNthWeekday", Day = "Friday", Nth = -1, Start = "18:00" },
            new ScheduleRecord { Kind = "OneOff", Date = "2027-01-09", Start = "11:00", End = "13:00" },
            new ScheduleRecord { Kind = "ByArrangement", Notes = "Ring to book a walk" },
        ];
        var listing = await app.AddListingAsync(record);

        var ics = await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics");

        var rules = ics[ics.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal)..].Split("\r\n").Where(line => line.StartsWith("RRULE:FREQ=", StringComparison.Ordinal)).ToList();
        Assert.Equal(["RRULE:FREQ=WEEKLY;BYDAY=WE", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "RRULE:FREQ=MONTHLY;BYDAY=2MO", "RRULE:FREQ=MONTHLY;BYDAY=-1FR"], rules);
        var events = Calendar.Load(ics)!.Events;
        Assert.Equal(5, events.Count);
        var oneOff = Assert.Single(events, e => e.RecurrenceRule is null);
        Assert.Equal(new DateTime(2027, 1, 9, 11, 0, 0), oneOff.DtStart?.Value);
    }

    [Fact]
    public async Task An_edit_of_the_name_keeps_every_uid_and_raises_the_sequence()
    {
        var record = Group("Calendar Rename Circle");
        record.Schedules = [.. record.Schedules!, new ScheduleRecord { Kind = "OneOff", Date = "2027-02-06", Start = "11:00" }];
        var listing = await app.AddListingAsync(record);
        // SEQUENCE counts seconds: the import must be a while ago for the edit to be later.
        var aMinuteAgo = listing.UpdatedAt.AddMinutes(-1);
        await app.WithDbAsync(db => db.Listings.Where(l => l.Id == listing.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.UpdatedAt, aMinuteAgo)));
        var before = Calendar.Load(await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics"))!.Events.ToList();

        await app.WithDbAsync(async db =>
        {
            var renamed = await db.Listings.SingleAsync(l => l.Id == listing.Id);
            (renamed.Name, renamed.Slug) = ("Calendar Renamed Circle", Slug.From("Calendar Renamed Circle"));
            await db.SaveChangesAsync();
        });
        var after = Calendar.Load(await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics"))!.Events.ToList();

        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.Equal(2, after.Select(e => e.Uid).Distinct().Count());
        Assert.All(after, e => Assert.Equal("Calendar Renamed Circle", e.Summary));
        Assert.All(after.Zip(before), pair => Assert.True(pair.First.Sequence > pair.Second.Sequence));
    }

    [Fact]
    public async Task An_address_kept_on_request_shows_the_area_only()
    {
        var record = Group("Calendar Quiet Women's Group");
        record.Place = new PlaceRecord { Venue = "Hidden Refuge Hall", Address = "7 Secret Lane", Town = "Leeds", Postcode = "LS6 2AB", Latitude = 53.81, Longitude = -1.57 };
        var listing = await app.AddListingAsync(record, change: l => l.AddressOnRequest = true);

        var download = await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics?handler=Download");
        var feed = await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics");

        foreach (var ics in new[] { download, feed })
        {
            Assert.DoesNotContain("Secret Lane", ics, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hidden Refuge", ics, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("2AB", ics, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("Leeds, LS6", Calendar.Load(ics)!.Events.Single().Location);
        }
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Pending")]
    public async Task A_listing_not_yet_public_has_no_calendar(string status)
    {
        var listing = await app.AddListingAsync(Group(Unique($"Calendar {status} Circle"), status: status));

        var feed = await client.GetAsync($"/groups/{listing.Id}/calendar.ics");
        var download = await client.GetAsync($"/groups/{listing.Id}/calendar.ics?handler=Download");

        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Theory]
    [InlineData("Archived")]
    [InlineData("Lapsed")]
    public async Task The_feed_of_a_closed_or_lapsed_group_cancels_its_meetings(string status)
    {
        var listing = await app.AddListingAsync(Group(Unique($"Calendar {status} Circle"), status: status));

        var calendar = Calendar.Load(await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics"))!;

        Assert.Equal("CANCELLED", Assert.Single(calendar.Events).Status);
    }

    [Fact]
    public async Task A_group_on_a_break_meets_next_on_its_return_in_the_file_and_on_the_page()
    {
        var backOn = DateOnly.FromDateTime(UkCalendar.Local(DateTime.UtcNow)).AddDays(20);
        var record = Group("Calendar Break Circle", status: "Paused");
        record.PausedUntil = backOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var listing = await app.AddListingAsync(record);
        // Group meets on Wednesdays at 6pm: the first on or after the return date.
        var first = backOn.AddDays(((int)DayOfWeek.Wednesday - (int)backOn.DayOfWeek + 7) % 7).ToDateTime(new TimeOnly(18, 0));

        var calendar = Calendar.Load(await client.GetStringAsync($"/groups/{listing.Id}/calendar.ics"))!;
        var page = PageText.Of(await client.GroupPageAsync(listing.Id));

        var from = new Ical.Net.DataTypes.CalDateTime(DateOnly.FromDateTime(DateTime.UtcNow), null, "Europe/London");
        Assert.Equal(first, calendar.GetOccurrences(from).First().Period.StartTime.Value);
        Assert.Contains($"Next: {first.ToString("dddd d MMMM", UkCalendar.Culture)}, 6pm.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_answers_not_modified_until_the_group_changes()
    {
        var listing = await app.AddListingAsync(Group("Calendar Polled Circle"));
        var first = await client.GetAsync($"/groups/{listing.Id}/calendar.ics");
        var tag = first.Headers.ETag!;

        var unchanged = await Conditional(listing.Id, tag);
        await app.WithDbAsync(async db =>
        {
            var edited = await db.Listings.SingleAsync(l => l.Id == listing.Id);
            edited.Summary = "Now meets in the garden room.";
            await db.SaveChangesAsync();
        });
        var changed = await Conditional(listing.Id, tag);

        Assert.Contains("public", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Null(first.Content.Headers.ContentDisposition);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task The_group_page_links_to_the_download_and_the_subscription()
    {
        var listing = await app.AddListingAsync(Group("Calendar Linked Circle"));

        var html = await client.GroupPageAsync(listing.Id);

        Assert.Contains($"<a download=\"calendar-linked-circle.ics\" href=\"/groups/{listing.Id}/calendar.ics?handler=Download\">Add to calendar</a>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"webcal://localhost:5080/groups/{listing.Id}/calendar.ics\">Subscribe in your calendar app</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_that_meets_by_arrangement_only_says_there_is_nothing_to_add()
    {
        var record = Group("Calendar Arranged Circle");
        record.Schedules = [new ScheduleRecord { Kind = "ByArrangement", Notes = "Ring to book" }];
        var listing = await app.AddListingAsync(record);

        var html = await client.GroupPageAsync(listing.Id);

        Assert.Contains("Meetings are arranged with the group, so there is nothing to add to a calendar.", PageText.Of(html), StringComparison.Ordinal);
        Assert.DoesNotContain("calendar.ics", html, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Conditional(int id, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/groups/{id}/calendar.ics");
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }
}
