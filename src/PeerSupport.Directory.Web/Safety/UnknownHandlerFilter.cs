using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// A request naming a handler the page does not have (<c>?handler=nope</c>). Razor Pages then runs
/// the page's unnamed handler, or none: for a GET that is the plain GET, so the page is shown as
/// usual; for a POST it would run the plain save (an edit saved, a report sent) or, on a page with
/// only named posts, show a page whose data was never loaded (a server error or a blank page), so
/// a POST naming no handler of the page is answered 404 with the kind page. The status and error
/// pages, re-executed for such a request with its query string, are shown as they are.
/// </summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }
        var asked = AskedHandler(context);
        if (!string.IsNullOrEmpty(asked) && !string.Equals(context.HandlerMethod?.Name, asked, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The handler name as Razor Pages reads it: the route's <c>{handler}</c>, else the first <c>?handler=</c>.</summary>
    private static string? AskedHandler(PageHandlerExecutingContext context) =>
        context.RouteData.Values["handler"]?.ToString() is { Length: > 0 } routed
            ? routed
            : context.HttpContext.Request.Query["handler"].FirstOrDefault();
}
