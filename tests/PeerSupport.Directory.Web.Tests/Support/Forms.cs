using System.Net;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// Forms posted the way a browser posts them: the fields a person fills in, plus what the page
/// the form is on carries (its antiforgery token and its hidden <c>Input.*</c> fields, such as
/// the version of a listing that was shown). The one place tests read a token or post a form.
/// </summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Opens <paramref name="page"/>, then posts <paramref name="fields"/> from it to <paramref name="action"/> (default: the page itself).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null) =>
        await client.PostFromPageAsync(action ?? page, await client.GetStringAsync(page), fields);

    /// <summary>
    /// Posts from a page the client opened earlier: two people acting on what each of them saw,
    /// one form sent twice, or a form left open while time passes.
    /// </summary>
    public static Task<HttpResponseMessage> PostFromPageAsync(this HttpClient client, string action, string pageHtml, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var filled = fields.ToList();
        var hidden = HiddenInputs(pageHtml).Where(h => !filled.Exists(f => f.Key == h.Key));
        return client.PostAsync(action, new FormUrlEncodedContent([.. hidden, .. filled, new(TokenField, TokenIn(pageHtml))]));
    }

    /// <summary>
    /// Opens <paramref name="page"/>, then posts <paramref name="fields"/> from it as
    /// <c>multipart/form-data</c>, as a form with a file input is sent (any client may choose it for any form).
    /// </summary>
    public static async Task<HttpResponseMessage> PostMultipartFormAsync(this HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in HiddenInputs(html).Concat(fields).Append(new(TokenField, TokenIn(html))))
        {
            body.Add(new StringContent(value), name);
        }
        return await client.PostAsync(page, body);
    }

    /// <summary>The antiforgery token on a page; fails the test when the page has none.</summary>
    public static string TokenIn(string html)
    {
        var token = Token().Match(html).Groups[1].Value;
        Assert.False(token.Length == 0, "The page has no antiforgery token, so no form on it can be posted.");
        return token;
    }

    /// <summary>The decoded value of the first input named <paramref name="name"/> (empty when there is none).</summary>
    public static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>
    /// The message shown beside the field <paramref name="name"/> (its <c>data-valmsg-for</c>
    /// element), decoded; empty when the field has none. The summary at the top of a form lists
    /// the same messages, so finding the words anywhere on the page does not say they are beside the field.
    /// </summary>
    public static string FieldMessage(string html, string name) =>
        string.Join(" ", Regex.Matches(html, $"<span [^>]*data-valmsg-for=\"{Regex.Escape(name)}\"[^>]*>(?<message>[^<]*)</span>")
            .Select(m => WebUtility.HtmlDecode(m.Groups["message"].Value)).Where(m => m.Length > 0));

    /// <summary>The hidden <c>Input.*</c> fields of a page's forms, the first value of each name.</summary>
    public static Dictionary<string, string> HiddenInputs(string html) =>
        HiddenInput().Matches(html).Select(m => (Name: m.Groups["name"].Value, Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(h => h.Name.StartsWith("Input.", StringComparison.Ordinal))
            .GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
