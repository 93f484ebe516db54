using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PeerSupport.Directory.Web.Pages;

/// <summary>
/// The kind page for a server error, re-executed here by <c>UseExceptionHandler</c> (for a POST
/// as a POST; the page changes nothing, so it needs no antiforgery token). Opened directly there is
/// no error to tell of: like a status page opened directly, it is not found, rather than a 500
/// that anyone could cause by asking for it.
/// </summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }

    public IActionResult OnPost() => OnGet();
}
