using System.Net;
using System.Text;

namespace PeerSupport.Directory.Mail;

/// <summary>
/// An email's words, written once and rendered twice: plain text and simple HTML. Paragraphs
/// and links only, so every message reads the same in any mail program and in a screen reader.
/// </summary>
public sealed class Email
{
    private readonly List<(string Text, string? Url)> blocks = [];

    public Email(string to, string subject)
    {
        To = to;
        Subject = subject;
    }

    public string To { get; }
    public string Subject { get; }
    public string? ReplyTo { get; init; }

    public Email Paragraph(string text)
    {
        blocks.Add((text, null));
        return this;
    }

    /// <summary>A link written out in full in the text version, so it works when copied too.</summary>
    public Email Link(string label, string url)
    {
        blocks.Add((label, url));
        return this;
    }

    public string Text()
    {
        var text = new StringBuilder();
        foreach (var (words, url) in blocks)
        {
            text.Append(url is null ? words : $"{words}:\n{url}").Append("\n\n");
        }
        return text.Append(Footer).Append('\n').ToString();
    }

    public string Html()
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(Subject)).Append("</title></head><body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;max-width:40em\">");
        foreach (var (words, url) in blocks)
        {
            html.Append(url is null
                ? $"<p>{WebUtility.HtmlEncode(words).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"
                : $"<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(words)}</a></p>");
        }
        return html.Append("<p style=\"color:#555;font-size:14px\">").Append(WebUtility.HtmlEncode(Footer)).Append("</p></body></html>").ToString();
    }

    private const string Footer = "PeerSupport.Directory: peer support you choose. You are getting this email because of something done on the site with this address; if it was not you, you can ignore it.";
}
