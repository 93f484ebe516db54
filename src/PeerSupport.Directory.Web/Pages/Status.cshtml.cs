using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PeerSupport.Directory.Web.Pages;

/// <summary>Friendly pages for error status codes (re-executed by UseStatusCodePagesWithReExecute).</summary>
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code;
        Response.StatusCode = code;
    }
}
