using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Freshness;

/// <summary>
/// The freshness clock as a pure function of dates: each stage starts on its day (90, 104, 120,
/// 180 by default) and not a moment before; a pause tells the clock the group is alive, and the
/// break ends on its UK day.
/// </summary>
public class FreshnessPolicyTests
{
    private static readonly DateTime Start = new(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly FreshnessPolicy Policy = new(new FreshnessOptions());

    private static Listing Confirmed(ListingStatus status, DateOnly? pausedUntil = null) =>
        new() { Name = "Tuesday Group", Slug = "tuesday-group", ShortCode = "", Summary = "", Status = status, PausedUntil = pausedUntil, LastConfirmedAt = Start, CreatedAt = Start };

    [Theory]
    [InlineData(0, FreshnessStage.Fresh)]
    [InlineData(89, FreshnessStage.Fresh)]
    [InlineData(90, FreshnessStage.Due)]
    [InlineData(103, FreshnessStage.Due)]
    [InlineData(104, FreshnessStage.SecondReminder)]
    [InlineData(119, FreshnessStage.SecondReminder)]
    [InlineData(120, FreshnessStage.Overdue)]
    [InlineData(179, FreshnessStage.Overdue)]
    [InlineData(180, FreshnessStage.Lapsed)]
    [InlineData(400, FreshnessStage.Lapsed)]
    public void Each_stage_starts_on_its_day(int days, FreshnessStage expected) =>
        Assert.Equal(expected, Policy.StageOf(Start, Start.AddDays(days)));

    [Theory]
    [InlineData(90, FreshnessStage.Fresh)]
    [InlineData(104, FreshnessStage.Due)]
    [InlineData(120, FreshnessStage.SecondReminder)]
    [InlineData(180, FreshnessStage.Overdue)]
    public void One_second_before_a_stage_the_listing_is_still_in_the_stage_before(int days, FreshnessStage expected) =>
        Assert.Equal(expected, Policy.StageOf(Start, Start.AddDays(days).AddSeconds(-1)));

    [Theory]
    [InlineData(119, false)]
    [InlineData(120, true)]
    [InlineData(180, true)]
    public void Overdue_from_day_120_including_lapsed(int days, bool overdue) =>
        Assert.Equal(overdue, Policy.IsOverdue(Start, Start.AddDays(days)));

    [Fact]
    public void Configured_days_move_the_stages()
    {
        var policy = new FreshnessPolicy(new FreshnessOptions { DueDays = 10, SecondReminderDays = 20, OverdueDays = 30, LapseDays = 40 });

        Assert.Equal(FreshnessStage.Fresh, policy.StageOf(Start, Start.AddDays(9)));
        Assert.Equal(FreshnessStage.Due, policy.StageOf(Start, Start.AddDays(10)));
        Assert.Equal(FreshnessStage.SecondReminder, policy.StageOf(Start, Start.AddDays(20)));
        Assert.Equal(FreshnessStage.Overdue, policy.StageOf(Start, Start.AddDays(30)));
        Assert.Equal(FreshnessStage.Lapsed, policy.StageOf(Start, Start.AddDays(40)));
    }

    [Fact]
    public void The_clock_starts_at_the_last_confirmation_or_else_at_creation()
    {
        var created = Start.AddDays(-30);

        Assert.Equal(Start, FreshnessPolicy.ClockStart(Start, created));
        Assert.Equal(created, FreshnessPolicy.ClockStart(null, created));
    }

    [Fact]
    public void News_of_a_break_restarts_the_clock()
    {
        var listing = Confirmed(ListingStatus.Published);
        var now = Start.AddDays(150);

        Assert.True(ListingLifeCycle.Pause(listing, new DateOnly(2026, 7, 1), now, "lead"));

        Assert.Equal(FreshnessStage.Fresh, Policy.StageOf(FreshnessPolicy.ClockStart(listing.LastConfirmedAt, listing.CreatedAt), now));
    }

    [Fact]
    public void A_break_ending_on_its_date_leaves_the_clock_alone()
    {
        var listing = Confirmed(ListingStatus.Paused, new DateOnly(2026, 7, 1));
        var returnDay = new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

        Assert.True(ListingLifeCycle.EndBreak(listing, returnDay));

        Assert.Equal(Start, listing.LastConfirmedAt);
        Assert.Equal(FreshnessStage.Overdue, Policy.StageOf(listing.LastConfirmedAt!.Value, returnDay));
    }

    [Theory]
    [InlineData("2026-06-30T22:59:00Z", false)] // 23:59 on 30 June in the UK (summer time)
    [InlineData("2026-06-30T23:00:00Z", true)] // midnight: 1 July in the UK, still 30 June in UTC
    [InlineData("2026-07-02T12:00:00Z", true)]
    public void A_break_is_over_from_the_first_minute_of_its_UK_return_day(string utc, bool over) =>
        Assert.Equal(over, ListingLifeCycle.BreakIsOver(ListingStatus.Paused, new DateOnly(2026, 7, 1), DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Theory]
    [InlineData(ListingStatus.Published)]
    [InlineData(ListingStatus.Lapsed)]
    [InlineData(ListingStatus.Archived)]
    public void Only_a_paused_listing_has_a_break_to_end(ListingStatus status) =>
        Assert.False(ListingLifeCycle.BreakIsOver(status, new DateOnly(2026, 7, 1), new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void A_pause_until_the_lead_resumes_never_ends_by_itself() =>
        Assert.False(ListingLifeCycle.BreakIsOver(ListingStatus.Paused, null, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
}
