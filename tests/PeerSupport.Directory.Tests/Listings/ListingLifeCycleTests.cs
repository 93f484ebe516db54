using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Tests.Listings;

public class ListingLifeCycleTests
{
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
    private static readonly DateTime Now = new(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime LongAgo = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private static Listing In(ListingStatus status, DateOnly? pausedUntil = null) =>
        new() { Name = "Tuesday Group", Slug = "tuesday-group", ShortCode = "", Summary = "", Status = status, PausedUntil = pausedUntil, LastConfirmedAt = LongAgo, LastConfirmedBy = "import" };

    public static TheoryData<ListingStatus> Statuses => [.. Enum.GetValues<ListingStatus>()];

    [Fact]
    public void A_submitted_draft_waits_for_review_with_its_clock_started()
    {
        var listing = In(ListingStatus.Draft);

        Assert.True(ListingLifeCycle.Submit(listing, Now, "user:lead"));

        Assert.Equal((ListingStatus.Pending, Now, "user:lead"), (listing.Status, listing.LastConfirmedAt, listing.LastConfirmedBy));
    }

    [Fact]
    public void Approval_publishes_a_pending_listing_with_a_fresh_clock_and_the_moderators_note()
    {
        var listing = In(ListingStatus.Pending);

        Assert.True(ListingLifeCycle.Publish(listing, Now, "user:moderator", "Looks good"));

        Assert.Equal((ListingStatus.Published, Now, "Looks good"), (listing.Status, listing.LastConfirmedAt, listing.ModeratorNote));
    }

    [Fact]
    public void Sending_back_returns_a_pending_listing_to_draft_without_vouching_for_it()
    {
        var listing = In(ListingStatus.Pending);

        Assert.True(ListingLifeCycle.SendBack(listing, "Add a meeting time"));

        Assert.Equal((ListingStatus.Draft, LongAgo, "Add a meeting time"), (listing.Status, listing.LastConfirmedAt, listing.ModeratorNote));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Only_a_listing_awaiting_review_can_be_published_or_sent_back(ListingStatus status)
    {
        var (published, sentBack) = (In(status), In(status));

        Assert.Equal(status == ListingStatus.Pending, ListingLifeCycle.Publish(published, Now, "user:m", ""));
        Assert.Equal(status == ListingStatus.Pending, ListingLifeCycle.SendBack(sentBack, ""));
        if (status != ListingStatus.Pending)
        {
            Assert.Equal((status, LongAgo), (published.Status, published.LastConfirmedAt));
            Assert.Equal(status, sentBack.Status);
        }
    }

    [Fact]
    public void Confirming_a_lapsed_listing_brings_it_back_into_search_and_restarts_the_clock()
    {
        var listing = In(ListingStatus.Lapsed);

        Assert.True(ListingLifeCycle.Confirm(listing, Now, "one-click link"));

        Assert.Equal((ListingStatus.Published, Now, "one-click link"), (listing.Status, listing.LastConfirmedAt, listing.LastConfirmedBy));
    }

    [Fact]
    public void Confirming_a_paused_listing_keeps_it_paused()
    {
        var listing = In(ListingStatus.Paused, new DateOnly(2026, 9, 1));

        Assert.True(ListingLifeCycle.Confirm(listing, Now, "user:lead"));

        Assert.Equal((ListingStatus.Paused, new DateOnly(2026, 9, 1), Now), (listing.Status, listing.PausedUntil, listing.LastConfirmedAt));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Only_an_open_listing_can_be_confirmed_paused_or_closed(ListingStatus status)
    {
        var open = status is ListingStatus.Published or ListingStatus.Paused or ListingStatus.Lapsed;

        Assert.Equal(open, ListingLifeCycle.IsOpen(status));
        Assert.Equal(open, ListingLifeCycle.Confirm(In(status), Now, "user:lead"));
        Assert.Equal(open, ListingLifeCycle.Pause(In(status), null, Now, "user:lead"));
        var closed = In(status);
        Assert.Equal(open, ListingLifeCycle.Close(closed, Now));
        Assert.Equal(open ? ListingStatus.Archived : status, closed.Status);
    }

    [Fact]
    public void A_pause_is_news_of_the_group_so_it_restarts_the_clock()
    {
        var listing = In(ListingStatus.Published);

        Assert.True(ListingLifeCycle.Pause(listing, new DateOnly(2026, 8, 1), Now, "user:lead"));

        Assert.Equal((ListingStatus.Paused, new DateOnly(2026, 8, 1), Now), (listing.Status, listing.PausedUntil, listing.LastConfirmedAt));
    }

    [Fact]
    public void Resuming_puts_a_paused_listing_back_in_search_and_restarts_the_clock()
    {
        var listing = In(ListingStatus.Paused, new DateOnly(2026, 8, 1));

        Assert.True(ListingLifeCycle.Resume(listing, Now, "user:lead"));

        Assert.Equal((ListingStatus.Published, (DateOnly?)null, Now), (listing.Status, listing.PausedUntil, listing.LastConfirmedAt));
        Assert.False(ListingLifeCycle.Resume(In(ListingStatus.Published), Now, "user:lead"));
    }

    [Fact]
    public void A_break_ends_on_its_uk_return_day_without_restarting_the_clock()
    {
        // It is already 1 July in London, though still 30 June in UTC.
        var endsToday = In(ListingStatus.Paused, new DateOnly(2026, 7, 1));
        var endsTomorrow = In(ListingStatus.Paused, new DateOnly(2026, 7, 2));
        var openEnded = In(ListingStatus.Paused);

        Assert.True(ListingLifeCycle.EndBreak(endsToday, Now));
        Assert.False(ListingLifeCycle.EndBreak(endsTomorrow, Now));
        Assert.False(ListingLifeCycle.EndBreak(openEnded, Now));

        Assert.Equal((ListingStatus.Published, (DateOnly?)null, LongAgo), (endsToday.Status, endsToday.PausedUntil, endsToday.LastConfirmedAt));
        Assert.Equal(ListingStatus.Paused, endsTomorrow.Status);
    }

    [Fact]
    public void A_return_date_must_be_a_uk_day_after_today()
    {
        Assert.True(ListingLifeCycle.IsReturnDate(null, Now));
        Assert.False(ListingLifeCycle.IsReturnDate(new DateOnly(2026, 7, 1), Now));
        Assert.True(ListingLifeCycle.IsReturnDate(new DateOnly(2026, 7, 2), Now));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Only_a_published_listing_lapses_and_the_clock_is_left_alone(ListingStatus status)
    {
        var listing = In(status);

        Assert.Equal(status == ListingStatus.Published, ListingLifeCycle.Lapse(listing));

        Assert.Equal(status == ListingStatus.Published ? ListingStatus.Lapsed : status, listing.Status);
        Assert.Equal(LongAgo, listing.LastConfirmedAt);
    }

    [Theory]
    [InlineData(ListingStatus.Draft, ListingStatus.Pending)]
    [InlineData(ListingStatus.Pending, ListingStatus.Pending)]
    [InlineData(ListingStatus.Published, ListingStatus.Published)]
    [InlineData(ListingStatus.Paused, ListingStatus.Paused)]
    [InlineData(ListingStatus.Lapsed, ListingStatus.Published)]
    [InlineData(ListingStatus.Archived, ListingStatus.Archived)]
    public void An_edit_by_a_person_vouches_for_the_group_and_resubmits_a_listing_sent_back(ListingStatus before, ListingStatus after)
    {
        var listing = In(before);

        ListingLifeCycle.Edited(listing, Now, "user:lead");

        Assert.Equal((after, Now, "user:lead"), (listing.Status, listing.LastConfirmedAt, listing.LastConfirmedBy));
    }

    [Fact]
    public void A_closed_listing_reopens_into_search_with_a_fresh_clock_and_its_lead_may_do_so_for_30_days_only()
    {
        var listing = In(ListingStatus.Published);
        Assert.True(ListingLifeCycle.Close(listing, Now));
        Assert.Equal(Now, listing.ClosedAt);

        Assert.True(ListingLifeCycle.LeadMayReopen(listing, Now.AddDays(30)));
        Assert.False(ListingLifeCycle.LeadMayReopen(listing, Now.AddDays(30).AddMinutes(1)));
        Assert.True(ListingLifeCycle.Reopen(listing, Now.AddDays(40), "user:moderator"));
        Assert.Equal((ListingStatus.Published, (DateTime?)null, (DateTime?)Now.AddDays(40), "user:moderator"), (listing.Status, listing.ClosedAt, listing.LastConfirmedAt, listing.LastConfirmedBy));
        Assert.False(ListingLifeCycle.Reopen(listing, Now, "user:lead"));
        Assert.False(ListingLifeCycle.LeadMayReopen(In(ListingStatus.Archived), Now));
    }
}
