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

    public void OnGet(int code)
    {
        Code = code;
        Response.StatusCode = code;
    }

    public void OnPost(int code) => OnGet(code);
}
