using System.Globalization;
using System.Text;

namespace PeerSupport.Directory.Listings;

/// <summary>Readable URL part from a name: "Rainbow Minds – Leeds" → "rainbow-minds-leeds".</summary>
public static class Slug
{
    public static string From(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '+')
            {
                builder.Append("-plus-");
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Replace("--", "-", StringComparison.Ordinal).Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug.Length == 0 ? "group" : slug;
    }
}
