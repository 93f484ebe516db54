using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// How large a request body may be, decided before anything reads it. Every form anyone can send
/// without an account (message a group, report a problem, sign in, a short list) fits in
/// <see cref="Default"/>; only a page marked <c>[RequestSizeLimit(BodyLimits.ListingEditor)]</c>
/// gets more, and only for a signed-in person. A body over its limit is answered 413 with the
/// kind status page, never read (Kestrel stops a chunked body at the same size).
/// </summary>
public static class BodyLimits
{
    /// <summary>
    /// 32 KB: the longest public field is 2,000 characters, at most 18 KB once a browser has
    /// percent-encoded it as three-byte UTF-8, plus the antiforgery token and a few short fields.
    /// </summary>
    public const long Default = 32 * 1024;

    /// <summary>
    /// 1 MB for the listing editor: every text field at its <c>ListingLimits</c> length in
    /// three-byte UTF-8, percent-encoded (about 110 KB), plus a region of 1,000 points (under
    /// 70 KB encoded), with room to spare; a real listing sends a few KB.
    /// </summary>
    public const long ListingEditor = 1024 * 1024;

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The status page shown for a refusal: it never reads the body.
            return next(context);
        }
        var limit = LimitFor(context);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        return next(context);
    });

    private static long LimitFor(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } larger
            ? larger
            : Default;
}
