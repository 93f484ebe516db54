using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Sharing;

/// <summary>The absolute links a group is shared by: its short link, with the referrer's <c>via</c> tag when there is one.</summary>
public static class GroupLinks
{
    public static string ShortLink(SiteLinks links, string code, string? via) =>
        links.Absolute(string.IsNullOrWhiteSpace(via) ? $"/g/{code}" : $"/g/{code}?via={Uri.EscapeDataString(via)}");
}
