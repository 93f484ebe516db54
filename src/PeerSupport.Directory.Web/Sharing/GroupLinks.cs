using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Sharing;

/// <summary>
/// The absolute links a group and a short list are known by outside the site: in emails, link
/// previews, the share panel, on paper and in QR codes. Each is routed from its page's name (see
/// <see cref="SiteLinks"/>); links within a page use <c>asp-page</c> with the same names.
/// </summary>
public static class GroupLinks
{
    /// <summary>The group's readable page, "/groups/{id}/{slug}".</summary>
    public static string GroupPage(this SiteLinks links, int id, string slug) => links.Page("/Groups/Details", new { id, slug });

    /// <summary>The group's calendar feed, "/groups/{id}/calendar.ics" (https, for calendar apps that ask for an address).</summary>
    public static string GroupCalendar(this SiteLinks links, int id) => links.Page("/Groups/Calendar", new { id });

    /// <summary>The same feed as a webcal:// link, which opens the calendar app's "subscribe" on phones and desktops.</summary>
    public static string GroupCalendarSubscription(this SiteLinks links, int id)
    {
        var feed = links.GroupCalendar(id);
        return "webcal" + feed[feed.IndexOf("://", StringComparison.Ordinal)..];
    }

    /// <summary>The stable short link, "/g/{code}", with the referrer's <c>via</c> tag when it is one (see <see cref="ViaTag"/>).</summary>
    public static string ShortLink(this SiteLinks links, string code, string? via = null) =>
        links.Page("/Groups/ShortLink", new { code, via = ViaTag.ForLink(via) });

    /// <summary>A referrer's short list as the person reads it, "/l/{code}".</summary>
    public static string ShortList(this SiteLinks links, string code) => links.Page("/Share/List", new { code });
}
