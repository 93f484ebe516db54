namespace PeerSupport.Directory.Web.Sharing;

/// <summary>What the share panel offers: the link itself, the apps to send it with, and any extra links (print, add to a list).</summary>
public sealed record SharePanel(string Heading, string Url, string Title)
{
    public IReadOnlyList<(string Label, string Href)> Extra { get; init; } = [];

    /// <summary>For a group: each channel's link through the page that counts the share (<c>/g/{code}/share/{channel}</c>).</summary>
    public IReadOnlyDictionary<string, string>? Counted { get; init; }

    /// <summary>Through the counting page when there is one, straight to the app otherwise.</summary>
    public string Link(string channel) =>
        Counted?.GetValueOrDefault(channel) ?? new ShareLinks(Url, Title).For(channel) ?? "#";
}
