namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>Synonyms as moderators type them: one per line, trimmed, no repeats, never the tag's own name.</summary>
public static class TagWords
{
    public const int MaxSynonymLength = 100;

    public static List<string> Synonyms(string? lines, string tagName) => Clean((lines ?? "").Split('\n'), tagName);

    public static List<string> Clean(IEnumerable<string> words, string tagName) =>
        words.Select(w => w.Trim())
            .Where(w => w.Length > 0 && !string.Equals(w, tagName.Trim(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
