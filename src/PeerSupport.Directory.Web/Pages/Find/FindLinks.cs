using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>Links to the results page.</summary>
public static class FindLinks
{
    /// <summary>The results page for this search ("/find?where=Leeds&amp;tag=women").</summary>
    public static string Url(this SearchQuery query) => "/find" + query.ToQueryString();
}
