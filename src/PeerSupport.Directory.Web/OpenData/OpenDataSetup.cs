using PeerSupport.Directory.Web.Safety;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// The Open Referral UK API at <see cref="BasePath"/>: read-only, open (no key), served from the
/// search index and the public view of each listing. docs/open-data.md is its manual.
/// </summary>
public static class OpenDataSetup
{
    public const string BasePath = "/api/oruk";

    public static void AddOpenData(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ServiceAtLocationIds>().AddScoped<OpenDataListings>();

    /// <summary>
    /// Every answer under <see cref="BasePath"/> as the standard asks, whatever part of the site
    /// gives it (a 429 from the rate limiter, a 503 in an outage, a 404 for a path it does not
    /// have): <c>Access-Control-Allow-Origin: *</c> and a JSON body, never the people's status
    /// page. Goes right after the status pages, before anything that may refuse a request.
    /// </summary>
    public static void UseOpenDataAnswers(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(BasePath))
        {
            await next(context);
            return;
        }
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return Task.CompletedTask;
        });
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            await OpenDataAnswers.Problem(context.Response.StatusCode, context.Response.StatusCode switch
            {
                StatusCodes.Status429TooManyRequests => "Too many requests from this address: wait for the seconds in Retry-After, then go on.",
                StatusCodes.Status404NotFound => $"There is no such open-data address. {BasePath}/ lists the API.",
                _ => "The request could not be answered.",
            }).ExecuteAsync(context);
        }
    });

    public static void MapOpenData(this WebApplication app)
    {
        var api = app.MapGroup(BasePath).RequireRateLimiting(RateLimits.OpenData);
        api.MapGet("/", ApiRoot.Answer);
        api.MapGet("/openapi.json", OpenApiFile.Answer);
        api.MapServices();
        api.MapServiceAtLocations();
        api.MapTaxonomies();
        api.MapGet("/{**rest}", () => OpenDataAnswers.Problem(StatusCodes.Status404NotFound, $"There is no such open-data address. {BasePath}/ lists the API."));
    }
}
