using Ical.Net;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Calendars;

/// <summary>What a group's calendar events say besides their times: status, place and description, from the public view only.</summary>
public static class MeetingWords
{
    /// <summary>Lapsed and closed groups' meetings are cancelled so a subscribed calendar drops them; an open-ended break is tentative.</summary>
    public static string Status(Listing listing) => listing.Status switch
    {
        ListingStatus.Lapsed or ListingStatus.Archived => EventStatus.Cancelled,
        ListingStatus.Paused when listing.PausedUntil is null => EventStatus.Tentative,
        _ => EventStatus.Confirmed,
    };

    /// <summary>The public place in the page's words (an address kept on request gives the area only), or how the group meets.</summary>
    public static string Location(Listing listing) =>
        listing.PublicPlaceOf() is { } place
            ? place.Written()
            : string.Join(" or ", new[] { Formats.Online, Formats.Phone }.Where(f => listing.Formats.HasFlag(f)).Select(ListingWords.Format));

    public static string Description(Listing listing, ListingSchedule schedule, Uri groupPage)
    {
        var lines = new List<string> { ScheduleText.Describe(schedule) };
        if (schedule.Kind == ScheduleKind.Fortnightly && schedule.Date is null)
        {
            lines.Add("Every other week: check with the group which weeks.");
        }
        lines.Add(listing.Status switch
        {
            ListingStatus.Archived => "This group has closed.",
            ListingStatus.Lapsed => "This group may have stopped running: it has not confirmed it is running for a long time.",
            ListingStatus.Paused when listing.PausedUntil is { } until => $"Taking a break until {UkCalendar.Written(until)}: no meetings before then.",
            ListingStatus.Paused => "Taking a break: check the group's page before you go.",
            _ => "",
        });
        if (listing.AddressOnRequest)
        {
            lines.Add("The address is given when you contact the group.");
        }
        lines.Add($"Details and any changes: {groupPage}");
        return string.Join("\n", lines.Where(l => l.Length > 0));
    }
}
