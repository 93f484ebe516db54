using Microsoft.AspNetCore.Mvc;
using PeerSupport.Directory.Search;

namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>Links to the results page: its routed path and the search written by <see cref="SearchQuery.ToQueryString"/>.</summary>
public static class FindLinks
{
    /// <summary>The results page for this search ("/find?where=Leeds&amp;tag=women").</summary>
    public static string Find(this IUrlHelper url, SearchQuery query) => url.Page("/Find/Index") + query.ToQueryString();
}
