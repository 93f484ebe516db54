using Microsoft.AspNetCore.Mvc.Rendering;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>The choices the listing form offers for its closed sets, in the public's words.</summary>
public static class FormChoices
{
    public static readonly IReadOnlyList<DayOfWeek> Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static IEnumerable<SelectListItem> ContactKinds() =>
        Enum.GetValues<ContactKind>().Select(k => new SelectListItem(Contact(k), k.ToString()));

    public static IEnumerable<SelectListItem> ScheduleKinds() =>
        new[] { new SelectListItem("Not used", "") }.Concat(Enum.GetValues<ScheduleKind>().Select(k => new SelectListItem(Schedule(k), k.ToString())));

    public static IEnumerable<SelectListItem> DayChoices() =>
        new[] { new SelectListItem("Choose a day", "") }.Concat(Days.Select(d => new SelectListItem(d.ToString(), d.ToString())));

    public static IEnumerable<SelectListItem> NthChoices() =>
    [
        new("Not monthly", ""), new("First", "1"), new("Second", "2"), new("Third", "3"), new("Fourth", "4"), new("Last", "-1"),
    ];

    public static IEnumerable<SelectListItem> AreaKinds() =>
    [
        new("None: only the place above", ""),
        new("The whole UK (national)", nameof(AreaKind.National)),
        new("A region (boundary below)", nameof(AreaKind.Region)),
        new("A distance around a town", nameof(AreaKind.Radius)),
    ];

    public static string Contact(ContactKind kind) => kind switch
    {
        ContactKind.Email => "Email",
        ContactKind.Phone => "Phone",
        ContactKind.Text => "Text message",
        ContactKind.Website => "Website",
        ContactKind.Booking => "Booking page",
        _ => kind.ToString(),
    };

    public static string Schedule(ScheduleKind kind) => kind switch
    {
        ScheduleKind.Weekly => "Every week",
        ScheduleKind.Fortnightly => "Every other week",
        ScheduleKind.MonthlyNthWeekday => "Once a month (for example the first Tuesday)",
        ScheduleKind.OneOff => "On one date",
        ScheduleKind.ByArrangement => "By arrangement",
        _ => kind.ToString(),
    };
}
