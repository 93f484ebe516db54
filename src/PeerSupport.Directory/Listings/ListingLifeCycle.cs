namespace PeerSupport.Directory.Listings;

/// <summary>
/// The one owner of a listing's life cycle. Every change of status goes through here, from every
/// door: the lead's editor and status page, a reminder email's one-click answer, moderation and
/// the freshness sweep. Each step changes the listing only if it may start from the listing's
/// status, and says whether it did; the caller saves, so history, the index and the concurrency
/// token follow.
/// <code>
///   Draft ──Submit──▶ Pending ──Publish──▶ Published ──Pause──▶ Paused ──Resume / EndBreak──▶ Published
///     ▲                 │                    │    ▲
///     └────SendBack─────┘               Lapse│    │Confirm (revives)
///                                            ▼    │
///                                           Lapsed
///   Published, Paused or Lapsed ──Close──▶ Archived ──Reopen──▶ Published
/// </code>
/// The freshness clock (<see cref="Listing.LastConfirmedAt"/>) restarts when a person vouches for
/// the group: describing it (Submit), a moderator's approval (Publish), "still running" (Confirm),
/// news of a break (Pause), starting again (Resume) and an edit by a person (Edited). A break ending
/// on its date, a lapse and a closure leave the clock alone; so do changes that are not news of
/// the group (who leads it, a moderator merging tags).
/// </summary>
public static class ListingLifeCycle
{
    /// <summary>
    /// Published and not closed: in search, resting, or hidden for being out of date. Such a
    /// listing can be confirmed, paused or closed by its lead (signed in or by a one-click link).
    /// </summary>
    public static bool IsOpen(ListingStatus status) =>
        status is ListingStatus.Published or ListingStatus.Paused or ListingStatus.Lapsed;

    /// <summary>A new listing, or one a moderator sent back, goes to review; whoever describes a group has just said it runs.</summary>
    public static bool Submit(Listing listing, DateTime now, string by)
    {
        if (listing.Status != ListingStatus.Draft)
        {
            return false;
        }
        listing.Status = ListingStatus.Pending;
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>A moderator approves a listing awaiting review: it enters search with a fresh clock.</summary>
    public static bool Publish(Listing listing, DateTime now, string by, string note)
    {
        if (listing.Status != ListingStatus.Pending)
        {
            return false;
        }
        listing.Status = ListingStatus.Published;
        listing.ModeratorNote = note;
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>A moderator returns a listing awaiting review to its lead, with a note of what to change.</summary>
    public static bool SendBack(Listing listing, string note)
    {
        if (listing.Status != ListingStatus.Pending)
        {
            return false;
        }
        listing.Status = ListingStatus.Draft;
        listing.ModeratorNote = note;
        return true;
    }

    /// <summary>"Still running": restarts the clock and brings a lapsed listing back into search (a pause keeps its status).</summary>
    public static bool Confirm(Listing listing, DateTime now, string by)
    {
        if (!IsOpen(listing.Status))
        {
            return false;
        }
        if (listing.Status == ListingStatus.Lapsed)
        {
            listing.Status = ListingStatus.Published;
        }
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>
    /// Hidden from search until <paramref name="until"/> (a UK date; null until the lead resumes
    /// it). News of a break is news of the group, so the clock restarts; when the break ends the
    /// sweep asks at once whether it is running again.
    /// </summary>
    public static bool Pause(Listing listing, DateOnly? until, DateTime now, string by)
    {
        if (!IsOpen(listing.Status))
        {
            return false;
        }
        listing.Status = ListingStatus.Paused;
        listing.PausedUntil = until;
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>Said wherever a lead chooses a return date.</summary>
    public const string ReturnDateMessage = "Choose a date after today, or leave it empty to pause until you resume it";

    /// <summary>A pause's return date is a UK day after today, or none (until the lead resumes it).</summary>
    public static bool IsReturnDate(DateOnly? until, DateTime now) => until is not { } day || day > UkCalendar.Day(now);

    /// <summary>The lead starts the group again: back in search, and starting again is saying it runs.</summary>
    public static bool Resume(Listing listing, DateTime now, string by)
    {
        if (listing.Status != ListingStatus.Paused)
        {
            return false;
        }
        (listing.Status, listing.PausedUntil) = (ListingStatus.Published, null);
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>True when a pause with a return date has reached that UK day.</summary>
    public static bool BreakIsOver(ListingStatus status, DateOnly? pausedUntil, DateTime utcNow) =>
        status == ListingStatus.Paused && pausedUntil is { } until && until <= UkCalendar.Day(utcNow);

    /// <summary>
    /// The sweep, on the return date: back in search without restarting the clock (nobody has
    /// said it runs again; the sweep emails the lead to ask).
    /// </summary>
    public static bool EndBreak(Listing listing, DateTime now)
    {
        if (!BreakIsOver(listing.Status, listing.PausedUntil, now))
        {
            return false;
        }
        (listing.Status, listing.PausedUntil) = (ListingStatus.Published, null);
        return true;
    }

    /// <summary>The sweep, when nobody has confirmed a published listing for too long: hidden until someone does.</summary>
    public static bool Lapse(Listing listing)
    {
        if (listing.Status != ListingStatus.Published)
        {
            return false;
        }
        listing.Status = ListingStatus.Lapsed;
        return true;
    }

    /// <summary>
    /// Archived: out of search for good; its page and links say it has closed. Only an open
    /// listing: closing makes a page public, and a listing no moderator approved must never
    /// become public that way.
    /// </summary>
    public static bool Close(Listing listing, DateTime now)
    {
        if (!IsOpen(listing.Status))
        {
            return false;
        }
        (listing.Status, listing.PausedUntil, listing.ClosedAt) = (ListingStatus.Archived, null, now);
        return true;
    }

    /// <summary>How long after closing its lead may reopen a listing (a mistaken click, a misused reminder link); after that only a moderator can.</summary>
    public static readonly TimeSpan LeadReopenWindow = TimeSpan.FromDays(30);

    /// <summary>Whether a lead (not a moderator, who always may) can reopen the closed listing now.</summary>
    public static bool LeadMayReopen(Listing listing, DateTime now) =>
        listing.Status == ListingStatus.Archived && listing.ClosedAt is { } closed && now - closed <= LeadReopenWindow;

    /// <summary>
    /// A closed listing comes back into search: it was closed by mistake, or by someone with a
    /// reminder link. Whoever reopens it vouches for the group, so the clock restarts. It was
    /// approved once (only an open listing can be closed), so it needs no review.
    /// </summary>
    public static bool Reopen(Listing listing, DateTime now, string by)
    {
        if (listing.Status != ListingStatus.Archived)
        {
            return false;
        }
        (listing.Status, listing.ClosedAt) = (ListingStatus.Published, null);
        RestartClock(listing, now, by);
        return true;
    }

    /// <summary>
    /// A person saved the listing's details in the editor. A listing sent back goes to review
    /// again; any other is vouched for, like "still running" (a lapsed one is revived, a pause or
    /// closure keeps its status).
    /// </summary>
    public static void Edited(Listing listing, DateTime now, string by)
    {
        if (!Submit(listing, now, by) && !Confirm(listing, now, by))
        {
            RestartClock(listing, now, by);
        }
    }

    private static void RestartClock(Listing listing, DateTime now, string by) =>
        (listing.LastConfirmedAt, listing.LastConfirmedBy) = (now, by);
}
