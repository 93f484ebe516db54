using Microsoft.Net.Http.Headers;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// Requests the site does not speak are refused at the door with a 4xx, never a server error:
/// methods other than GET, HEAD and POST (TRACE would echo a request's cookies back; OPTIONS has
/// nothing to say to anyone), bodies in a character set other than the ones browsers send forms in
/// (UTF-7, disabled in .NET for safety, threw when the form was read), and query strings holding a
/// control character (NUL, a line break, an escape). Nobody can type those into the search box
/// or any field a GET form sends (a browser drops line breaks from a one-line field), so such a
/// link was made by a tool or mangled on the way; they would otherwise reach searches, place
/// names and the links the page builds. A tab, which a pasted text may hold, is let through.
/// Runs after the status pages, so that refusal gets the kind 400 page (a problem body for JSON).
/// </summary>
public static class RequestShape
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    private static readonly HashSet<string> Charsets = new(["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1"], StringComparer.OrdinalIgnoreCase);

    public static IApplicationBuilder UseRequestShape(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = string.Join(", ", Methods);
            return RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "This site answers only GET, HEAD and POST requests.");
        }
        if (!ReadableCharset(context.Request.ContentType))
        {
            return RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "This site reads forms sent in UTF-8. Please try again from the site's own page.");
        }
        if (HasControlCharacter(context.Request.Query))
        {
            return RefuseUnreadableLinkAsync(context);
        }
        return next(context);
    });

    /// <summary>True when a key or value holds a control character other than a tab.</summary>
    internal static bool HasControlCharacter(IQueryCollection query)
    {
        static bool Control(string? text) => text is not null && text.Any(c => char.IsControl(c) && c != '\t');
        return query.Any(pair => Control(pair.Key) || pair.Value.Any(Control));
    }

    /// <summary>The kind 400 page (the status pages draw it when nothing is written), or a problem for a script asking for JSON.</summary>
    private static Task RefuseUnreadableLinkAsync(HttpContext context)
    {
        if (context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return Results.Problem(title: "The query string holds a control character.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    /// <summary>A short plain answer: the status pages are for people, and these requests come from tools.</summary>
    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    /// <summary>True for no body type, no charset, or one browsers send forms in (UTF-8, its ASCII subset, Latin-1).</summary>
    internal static bool ReadableCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }
        var charset = media.Charset.Value?.Trim('"');
        return string.IsNullOrEmpty(charset) || Charsets.Contains(charset);
    }
}
