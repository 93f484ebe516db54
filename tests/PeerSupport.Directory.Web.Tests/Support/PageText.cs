using System.Net;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>Pages read as a person reads them: the words without the markup.</summary>
public static partial class PageText
{
    /// <summary>The text of <paramref name="html"/>: tags replaced by spaces, entities decoded.</summary>
    public static string Of(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    /// <summary>Opens <paramref name="url"/> and returns its text.</summary>
    public static async Task<string> TextOfAsync(this HttpClient client, string url) => Of(await client.GetStringAsync(url));

    /// <summary>The public group page, found by id alone (the page redirects to its slug).</summary>
    public static async Task<string> GroupPageAsync(this HttpClient client, int listingId)
    {
        var redirect = await client.GetAsync($"/groups/{listingId}");
        return await client.GetStringAsync(redirect.Headers.Location);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
