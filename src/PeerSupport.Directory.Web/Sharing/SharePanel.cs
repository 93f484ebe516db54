namespace PeerSupport.Directory.Web.Sharing;

/// <summary>What the share panel offers: the link itself, the apps to send it with, and any extra links (print, add to a list).</summary>
public sealed record SharePanel(string Heading, string Url, string Title, string? CountedSharePath = null)
{
    public IReadOnlyList<(string Label, string Href)> Extra { get; init; } = [];

    /// <summary>The referrer's tag, carried into counted shares.</summary>
    public string? Via { get; init; }

    /// <summary>Through the counting path for a group (<c>/g/{code}/share/{channel}</c>), direct otherwise.</summary>
    public string Link(string channel) =>
        CountedSharePath is { } path
            ? $"{path}/{channel}{(string.IsNullOrWhiteSpace(Via) ? "" : $"?via={Uri.EscapeDataString(Via)}")}"
            : new ShareLinks(Url, Title).For(channel) ?? "#";
}
