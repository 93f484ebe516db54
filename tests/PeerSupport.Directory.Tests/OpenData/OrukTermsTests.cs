using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Tests.OpenData;

public sealed class OrukTermsTests
{
    private static readonly Guid Id = new("11111111-1111-4111-8111-111111111111");
    private static readonly Guid Service = new("22222222-2222-4222-8222-222222222222");

    private static OrukSchedule Write(ListingSchedule s, Formats formats = Formats.Group | Formats.InPerson) => OrukTerms.Schedule(s, Id, Service, formats);

    private static ListingSchedule ReadOne(OrukSchedule o)
    {
        var reading = OrukTerms.ReadSchedule(o);
        Assert.Null(reading.Problem);
        return Assert.Single(reading.Schedules);
    }

    [Fact]
    public void A_weekly_schedule_is_freq_weekly_by_its_day_with_wall_clock_times()
    {
        var o = Write(new ListingSchedule { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Monday, Start = new(18, 30), End = new(20, 0) });

        Assert.Equal(("WEEKLY", (int?)null, "MO", "18:30", "20:00"), (o.Freq, o.Interval, o.Byday, o.OpensAt, o.ClosesAt));
        Assert.Null(o.Dtstart);
    }

    [Fact]
    public void A_fortnightly_schedule_is_weekly_with_interval_2_from_its_anchor_date()
    {
        var o = Write(new ListingSchedule { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Wednesday, Date = new(2026, 12, 9) });

        Assert.Equal(("WEEKLY", (int?)2, "WE", "2026-12-09"), (o.Freq, o.Interval, o.Byday, o.Dtstart));
    }

    [Theory]
    [InlineData(2, DayOfWeek.Monday, "2MO")]
    [InlineData(-1, DayOfWeek.Friday, "-1FR")]
    public void A_monthly_nth_weekday_is_freq_monthly_with_the_nth_before_the_day(int nth, DayOfWeek day, string byday)
    {
        var o = Write(new ListingSchedule { Kind = ScheduleKind.MonthlyNthWeekday, Day = day, Nth = nth });

        Assert.Equal(("MONTHLY", byday), (o.Freq, o.Byday));
    }

    [Fact]
    public void A_one_off_date_is_a_schedule_valid_for_that_day_only_with_no_freq()
    {
        var o = Write(new ListingSchedule { Kind = ScheduleKind.OneOff, Date = new(2027, 1, 15), Start = new(10, 0) });

        Assert.Equal(((string?)null, "2027-01-15", "2027-01-15", "2027-01-15"), (o.Freq, o.Dtstart, o.ValidFrom, o.ValidTo));
    }

    [Fact]
    public void By_arrangement_is_a_description_only()
    {
        var o = Write(new ListingSchedule { Kind = ScheduleKind.ByArrangement, Start = new(9, 0), Notes = "Ring to book a time" });

        Assert.Equal(("By arrangement, from 9am (Ring to book a time)", "Ring to book a time"), (o.Description, o.Notes));
        Assert.Null(o.Freq ?? o.Byday ?? o.Dtstart ?? o.ValidFrom ?? o.OpensAt);
    }

    public static TheoryData<ListingSchedule> EverySchedule() =>
    [
        new() { Kind = ScheduleKind.Weekly, Day = DayOfWeek.Tuesday, Start = new(18, 0), End = new(20, 0), Notes = "Back room" },
        new() { Kind = ScheduleKind.Fortnightly, Day = DayOfWeek.Saturday, Date = new(2026, 12, 12), Start = new(11, 0) },
        new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Thursday, Nth = 3, Start = new(19, 0), End = new(21, 0) },
        new() { Kind = ScheduleKind.MonthlyNthWeekday, Day = DayOfWeek.Sunday, Nth = -1 },
        new() { Kind = ScheduleKind.OneOff, Date = new(2027, 2, 1), Start = new(13, 30), End = new(15, 0) },
        new() { Kind = ScheduleKind.ByArrangement, Notes = "Call Sam to arrange" },
    ];

    [Theory]
    [MemberData(nameof(EverySchedule))]
    public void Every_kind_of_schedule_reads_back_as_it_was_written(ListingSchedule s)
    {
        var back = ReadOne(Write(s));

        Assert.Equal((s.Kind, s.Day, s.Nth, s.Date, s.Start, s.End, s.Notes), (back.Kind, back.Day, back.Nth, back.Date, back.Start, back.End, back.Notes));
    }

    [Fact]
    public void A_weekly_schedule_naming_two_days_reads_as_two_weekly_rows()
    {
        var reading = OrukTerms.ReadSchedule(new OrukSchedule { Id = Id, Freq = "WEEKLY", Byday = "TU, TH", OpensAt = "10:00:00" });

        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], reading.Schedules.Select(s => s.Day!.Value));
        Assert.All(reading.Schedules, s => Assert.Equal(new TimeOnly(10, 0), s.Start));
    }

    [Fact]
    public void A_fortnightly_dtstart_on_another_day_anchors_on_the_first_named_day_after_it()
    {
        var back = ReadOne(new OrukSchedule { Id = Id, Freq = "WEEKLY", Interval = 2, Byday = "FR", Dtstart = "2026-12-07" });

        Assert.Equal(new DateOnly(2026, 12, 11), back.Date);
    }

    [Theory]
    [InlineData("WEEKLY", 2, "MO", null, null, "needs dtstart")]
    [InlineData("WEEKLY", 3, "MO", "2026-12-07", null, "every 3 weeks")]
    [InlineData("MONTHLY", null, "5MO", null, null, "must be 1MO to 4MO")]
    [InlineData("MONTHLY", null, "MO", null, "2,3", "bymonthday")]
    [InlineData("WEEKLY", null, "XX", null, null, "byday \"XX\"")]
    [InlineData("DAILY", null, "MO", null, null, "freq \"DAILY\"")]
    [InlineData("WEEKLY", null, "", null, null, "needs byday")]
    public void A_schedule_our_model_cannot_hold_says_why(string freq, int? interval, string byday, string? dtstart, string? bymonthday, string reason)
    {
        var reading = OrukTerms.ReadSchedule(new OrukSchedule { Id = Id, Freq = freq, Interval = interval, Byday = byday, Dtstart = dtstart, Bymonthday = bymonthday });

        Assert.Contains(reason, reading.Problem);
        Assert.Empty(reading.Schedules);
    }

    [Fact]
    public void A_time_that_is_not_a_time_is_a_problem_not_a_missing_time()
    {
        var reading = OrukTerms.ReadSchedule(new OrukSchedule { Id = Id, Freq = "WEEKLY", Byday = "MO", OpensAt = "evening" });

        Assert.Contains("opens_at \"evening\"", reading.Problem);
    }

    [Theory]
    [InlineData("18:30", 18, 30)]
    [InlineData("18:30:00", 18, 30)]
    [InlineData("18:30Z", 18, 30)]
    [InlineData("09:00-05:00", 9, 0)]
    [InlineData("09:15+01:00", 9, 15)]
    public void Times_are_read_as_wall_clock_with_or_without_seconds_or_offset(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), OrukTerms.ReadTime(text));

    [Fact]
    public void A_range_of_dates_with_no_frequency_cannot_be_read()
    {
        var reading = OrukTerms.ReadSchedule(new OrukSchedule { Id = Id, ValidFrom = "2027-01-01", ValidTo = "2027-03-01" });

        Assert.Contains("range of dates", reading.Problem);
    }

    [Fact]
    public void A_schedule_with_only_a_description_is_by_arrangement_in_its_words()
    {
        var back = ReadOne(new OrukSchedule { Id = Id, Description = "Contact us to arrange a visit" });

        Assert.Equal((ScheduleKind.ByArrangement, "Contact us to arrange a visit"), (back.Kind, back.Notes));
    }

    [Theory]
    [InlineData(Formats.Group | Formats.InPerson, "group, in person")]
    [InlineData(Formats.Group | Formats.Online, "group, online")]
    [InlineData(Formats.OneToOne | Formats.Phone, "one-to-one, phone")]
    [InlineData(Formats.Group | Formats.OneToOne | Formats.InPerson, "group and one-to-one, in person")]
    [InlineData(Formats.Group | Formats.InPerson | Formats.Online, "group, hybrid")]
    [InlineData(Formats.Group | Formats.InPerson | Formats.Online | Formats.Phone, "group, hybrid, phone")]
    [InlineData(Formats.Online | Formats.Phone, "online, phone")]
    public void Formats_are_said_as_attending_type_and_read_back(Formats formats, string words)
    {
        Assert.Equal(words, OrukTerms.AttendingType(formats));
        Assert.Equal(formats, OrukTerms.ReadAttendingType(words));
    }

    [Fact]
    public void Another_publishers_attending_words_are_read_for_the_kinds_and_ways_they_name()
    {
        Assert.Equal(Formats.InPerson | Formats.Online, OrukTerms.ReadAttendingType("You can attend this service in-person or remotely via video conferencing"));
        Assert.Equal(Formats.OneToOne | Formats.Phone, OrukTerms.ReadAttendingType("1:1 sessions by phone"));
        Assert.Equal(Formats.Group | Formats.InPerson, OrukTerms.ReadAttendingType("A face to face group"));
        Assert.Equal(Formats.None, OrukTerms.ReadAttendingType("Drop in"));
        Assert.Equal(Formats.Group, OrukTerms.ReadAttendingType("Small groups for ages 11-16"));
        Assert.Equal(Formats.None, OrukTerms.ReadAttendingType("Sessions for individuals, grouped by age"));
        Assert.Null(OrukTerms.AttendingType(Formats.None));
    }

    [Fact]
    public void A_description_in_our_layout_gives_back_every_field_it_carries()
    {
        var listing = new Listing
        {
            Name = "Hearing Voices Leeds",
            Slug = "hearing-voices-leeds",
            ShortCode = "hvl",
            Summary = "A peer group for people who hear voices.",
            Description = "We meet in a quiet room.\n\nTea and biscuits.",
            WhoFor = "Adults who hear voices.",
            Eligibility = "18 and over.",
            FirstVisit = "Ask for Sam at the desk.",
            JoinBy = JoinBy.DropIn,
            RunBy = RunBy.PeersWithStaff,
            HostType = HostType.Informal,
        };

        var back = OrukTerms.ReadDescription(OrukTerms.Description(listing));

        Assert.Equal(
            new DescriptionReading(listing.Summary, listing.Description) { WhoFor = listing.WhoFor, Eligibility = listing.Eligibility, FirstVisit = listing.FirstVisit, JoinBy = JoinBy.DropIn, RunBy = RunBy.PeersWithStaff, HostType = HostType.Informal },
            back);
    }

    [Fact]
    public void Another_publishers_description_is_a_summary_and_the_rest_with_nothing_guessed()
    {
        var back = OrukTerms.ReadDescription("Free advice for carers.\nWe help with forms.\n\nHow to join: phone us first.");

        Assert.Equal(new DescriptionReading("Free advice for carers.", "We help with forms.\n\nHow to join: phone us first."), back);
    }

    [Theory]
    [InlineData(ListingStatus.Published, "active")]
    [InlineData(ListingStatus.Paused, "temporarily closed")]
    [InlineData(ListingStatus.Lapsed, "inactive")]
    [InlineData(ListingStatus.Archived, "defunct")]
    public void Public_statuses_are_the_standards_service_status_and_read_back(ListingStatus status, string oruk)
    {
        Assert.Equal(oruk, OrukTerms.Status(status));
        Assert.Equal(status, OrukTerms.ReadStatus(oruk));
    }

    [Theory]
    [InlineData(ListingStatus.Draft)]
    [InlineData(ListingStatus.Pending)]
    public void Unpublished_listings_have_no_service_status(ListingStatus status) => Assert.Null(OrukTerms.Status(status));

    [Fact]
    public void A_status_the_standard_does_not_have_reads_as_none() => Assert.Null(OrukTerms.ReadStatus("open"));

    [Theory]
    [InlineData(Cost.Free)]
    [InlineData(Cost.Donation)]
    [InlineData(Cost.Paid)]
    public void Every_cost_reads_back_from_its_cost_option(Cost cost)
    {
        var (option, amount) = OrukTerms.CostOption(cost);

        Assert.Equal(cost, OrukTerms.ReadCost(option, amount));
    }

    [Fact]
    public void Free_is_a_cost_option_of_amount_zero_and_a_charge_has_no_amount_we_could_know()
    {
        Assert.Equal(("Free", (decimal?)0m), OrukTerms.CostOption(Cost.Free));
        Assert.Equal(("There is a charge", (decimal?)null), OrukTerms.CostOption(Cost.Paid));
    }

    [Theory]
    [InlineData("£5 per session", 5.0, Cost.Paid)]
    [InlineData("Suggested donation", null, Cost.Donation)]
    [InlineData("Free of charge", null, Cost.Free)]
    [InlineData(null, 0.0, Cost.Free)]
    public void Another_publishers_cost_options_are_read_by_amount_and_words(string? option, double? amount, Cost cost) =>
        Assert.Equal(cost, OrukTerms.ReadCost(option, (decimal?)amount));

    [Fact]
    public void Our_local_taxonomy_name_carries_the_dimension_and_no_other_taxonomy_is_ours()
    {
        Assert.Equal("peersupport-directory:gender", OrukTerms.TaxonomyName("gender"));
        Assert.Equal("gender", OrukTerms.ReadTaxonomyName(OrukTerms.TaxonomyName("gender")));
        Assert.Null(OrukTerms.ReadTaxonomyName("SIC"));
        Assert.Null(OrukTerms.ReadTaxonomyName("peersupport-directory:"));
    }
}
