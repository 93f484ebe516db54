using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PeerSupport.Directory.Web.Pages;

/// <summary>
/// Friendly pages for error status codes (re-executed by UseStatusCodePagesWithReExecute). A
/// refused POST (429 from a rate limit) is re-executed as a POST, so it is answered too; the page
/// changes nothing, so it needs no antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>
    /// The status is the one the request was re-executed for, never a value the request supplies
    /// (a route segment or a form field named "code" chose it once, even an invalid "HTTP/1.1 0").
    /// Opened directly, this page is not found.
    /// </summary>
    public void OnGet()
    {
        Code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }

    public void OnPost() => OnGet();
}
