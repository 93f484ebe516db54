namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// Absolute links for places the request is not there to tell us the host: emails, the command
/// line, links to copy, print or put in a QR code. Always from Site:PublicUrl, never from the
/// request's Host header (which an attacker could set to send a password-reset link to their own
/// site). A page is named as Razor Pages names it ("/Groups/Details") with its route values, so
/// the path comes from the page's own <c>@page</c> route and follows it when it changes.
/// </summary>
public sealed class SiteLinks(IConfiguration configuration, LinkGenerator routes) : PeerSupport.Directory.Mail.IAbsoluteLinks
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    public string PublicUrl { get; } = (configuration["Site:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');

    /// <summary>("/Groups/Details", new { id = 5, slug = "x" }) → "https://example.org/groups/5/x"; values the route does not take go in the query.</summary>
    public string Page(string page, object? values = null) => Absolute(Path(page, values));

    /// <summary>The same page's path without the site's address ("/groups/5/x"), for links within the site made outside a request.</summary>
    public string Path(string page, object? values = null) =>
        routes.GetPathByPage(page, handler: null, values)
        ?? throw new InvalidOperationException($"No route to the page {page} with those values.");

    /// <summary>"/account/confirm?x=1" → "https://example.org/account/confirm?x=1" (for a path routing made, or the core library's own).</summary>
    public string Absolute(string pathAndQuery) => $"{PublicUrl}/{pathAndQuery.TrimStart('/')}";
}
