using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Search;

/// <summary>
/// When a session must meet for a listing to be shown (the open-data API's <c>day</c>,
/// <c>start_time</c> and <c>end_time</c>): on one of <see cref="Days"/> (any day when null),
/// starting at or after <see cref="From"/>, ending at or before <see cref="To"/>, all by the same
/// session. The one owner of that rule; the search keeps a listing when any of its sessions is in it.
/// </summary>
public sealed record SessionWindow(IReadOnlyList<DayOfWeek>? Days, TimeOnly? From, TimeOnly? To)
{
    /// <summary>
    /// Whether this one session is in the window. A session with no weekday (by arrangement, a
    /// one-off with no date) or no start time matches no window; one with no end time, or ending
    /// past midnight (its end before its start), is not known to end by <see cref="To"/>.
    /// </summary>
    public bool Holds(ListingSchedule session)
    {
        if (session.Weekday() is not { } day || (Days is not null && !Days.Contains(day)) || session.Start is not { } start)
        {
            return false;
        }
        if (From is { } from && start < from)
        {
            return false;
        }
        return To is not { } to || (session.End is { } end && end >= start && end <= to);
    }

    /// <summary>Whether any of a listing's sessions is in the window.</summary>
    public bool HeldByAny(IEnumerable<ListingSchedule> sessions)
    {
        foreach (var session in sessions)
        {
            if (Holds(session))
            {
                return true;
            }
        }
        return false;
    }
}
