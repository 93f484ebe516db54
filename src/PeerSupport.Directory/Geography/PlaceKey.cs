using System.Globalization;
using System.Text;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// A place name as a key that ignores how it was written: case, accents (Môn, Mon), spaces,
/// hyphens, apostrophes and full stops ("Bishop's Stortford", "bishops stortford"), "St",
/// "St." or "Saint", "on" or "upon", "&amp;" or "and". "Ross-on-Wye", "Ross on Wye" and
/// "rossonwye" share the key "rossonwye". The one owner of that rule, for the gazetteer,
/// aliases, suggestions and every place box.
/// </summary>
public static class PlaceKey
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["saint"] = "st",
        ["upon"] = "on",
        ["&"] = "and",
    };

    /// <summary>The key of a name ("" when it has no letters or digits).</summary>
    public static string Of(string name) => string.Concat(Tokens(name));

    /// <summary>The name's words, lower case, without accents or punctuation, with the spellings above made one.</summary>
    public static IReadOnlyList<string> Tokens(string name)
    {
        var folded = Fold(name);
        var tokens = new List<string>();
        var word = new StringBuilder();
        void End()
        {
            if (word.Length > 0)
            {
                var w = word.ToString();
                tokens.Add(Words.GetValueOrDefault(w, w));
                word.Clear();
            }
        }
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '’' or '.')
            {
                // Bishop's, St. : part of the word, not a break.
            }
            else if (c == '&')
            {
                End();
                tokens.Add("and");
            }
            else
            {
                End();
            }
        }
        End();
        return tokens;
    }

    /// <summary>Lower case without accents: "Ynys Môn" → "ynys mon" (also how QueryReader folds typed words).</summary>
    public static string Fold(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }
        return plain.ToString();
    }
}
