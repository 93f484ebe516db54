using Microsoft.AspNetCore.Http;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>
/// A search as it travels in the URL: the whole state is here, so a search can be shared or
/// bookmarked, and nothing about it is kept on the server or in a cookie.
/// </summary>
public sealed class SearchInput
{
    public static readonly int[] MileChoices = [1, 3, 5, 10, 25, 50];

    public string? Where { get; set; }
    public string? Q { get; set; }
    public int Miles { get; set; } = 10;
    public List<string> Tag { get; set; } = [];
    public List<string> Format { get; set; } = [];

    /// <summary>"Only groups that meet near me": leaves out online and phone support.</summary>
    public bool Local { get; set; }

    public int Page { get; set; } = 1;

    public int SafeMiles => MileChoices.Contains(Miles) ? Miles : 10;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Where) && string.IsNullOrWhiteSpace(Q) && Tag.Count == 0 && Format.Count == 0;

    /// <summary>This search as a query string, with some values changed (a page, a chosen place).</summary>
    public QueryString ToQuery(string? where = null, int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                pairs.Add(new(key, value));
            }
        }
        Add("where", where ?? Where);
        Add("q", Q);
        Add("miles", SafeMiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Tag.ForEach(t => Add("tag", t));
        Format.ForEach(f => Add("format", f));
        Add("local", Local ? "true" : null);
        Add("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return QueryString.Create(pairs);
    }
}
