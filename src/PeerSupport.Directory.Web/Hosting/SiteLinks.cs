namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// Absolute links for places the request is not there to tell us the host: emails, the command
/// line. Always from Site:PublicUrl, never from the request's Host header (which an attacker
/// could set to send a password-reset link to their own site).
/// </summary>
public sealed class SiteLinks(IConfiguration configuration) : PeerSupport.Directory.Mail.IAbsoluteLinks
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    public string PublicUrl { get; } = (configuration["Site:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');

    /// <summary>"/account/confirm?x=1" → "https://example.org/account/confirm?x=1".</summary>
    public string Absolute(string pathAndQuery) => $"{PublicUrl}/{pathAndQuery.TrimStart('/')}";
}
