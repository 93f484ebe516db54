namespace PeerSupport.Directory.Sharing;

/// <summary>
/// The referrer's <c>via</c> tag: a word of their own choosing ("st-annes-surgery") so they can
/// see how often their links are opened. The one place that says what a tag may be, how many a
/// listing keeps a day and how many views a tag needs before a lead sees it by name. A value
/// that is not a tag after trimming and lower-casing is no tag at all (never cleaned into one),
/// so "Dr J. Smith" is not quietly kept as "drjsmith".
/// </summary>
public static class ViaTag
{
    public const int MaxLength = 32;

    /// <summary>Distinct tags a listing keeps a day; further new tags are counted under <see cref="Other"/>.</summary>
    public const int PerListingPerDay = 20;

    /// <summary>Views in the dashboard's period a tag needs to be shown to a lead by name.</summary>
    public const int ViewsToShowByName = 5;

    /// <summary>Days a tag is kept; older tagged counts are folded into the untagged ones.</summary>
    public const int KeptForDays = 365;

    /// <summary>Where tags past the daily cap are counted. Cannot be a tag (brackets are not allowed).</summary>
    public const string Other = "(other)";

    /// <summary>The column's width: room for <see cref="MaxLength"/> and <see cref="Other"/>, kept at its first width so older rows fit.</summary>
    public const int StoredLength = 40;

    /// <summary>What a tag may look like, as the share page tells the referrer.</summary>
    public const string Format = "1 to 32 characters: lower-case letters a to z, digits and hyphens, for example st-annes-surgery";

    /// <summary>The tag <paramref name="typed"/> names (trimmed, lower-cased), or "" when it is empty or not a tag.</summary>
    public static string Read(string? typed) =>
        TryRead(typed, out var tag) ? tag : "";

    /// <summary>True when <paramref name="typed"/> is empty (no tag) or a tag; <paramref name="tag"/> is then the tag or "".</summary>
    public static bool TryRead(string? typed, out string tag)
    {
        var trimmed = (typed ?? "").Trim();
        tag = "";
        if (trimmed.Length == 0)
        {
            return true;
        }
        if (trimmed.Length > MaxLength || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }
        tag = trimmed.ToLowerInvariant();
        return true;
    }

    /// <summary>The tag for a link, or null when there is none, so the link carries no empty <c>?via=</c>.</summary>
    public static string? ForLink(string? typed) => Read(typed) is { Length: > 0 } tag ? tag : null;
}
