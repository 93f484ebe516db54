namespace PeerSupport.Directory.Web.Pages;

/// <summary>
/// "That worked", said one way on every page. A handler that has changed something redirects with
/// <c>?done=&lt;what&gt;</c> (a short word: "sent", "saved", "approved"), plus an id when the words
/// name something; the page it lands on binds it as <c>Done</c> and turns it into its own words in
/// one place (its <c>Notice</c>), which <c>_Notice.cshtml</c> shows. Nothing is kept on the
/// server or in a cookie, and a word the page does not know shows nothing.
/// </summary>
/// <param name="Headline">What happened, in bold.</param>
/// <param name="Detail">What it means, when that needs saying.</param>
public sealed record Notice(string Headline, string Detail = "");
