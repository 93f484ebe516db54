namespace PeerSupport.Directory.Mail;

/// <summary>Turns a site path into the absolute link an email needs (the web project's SiteLinks, from Site:PublicUrl).</summary>
public interface IAbsoluteLinks
{
    string Absolute(string pathAndQuery);
}
