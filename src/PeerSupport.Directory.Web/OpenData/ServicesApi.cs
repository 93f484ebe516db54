using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>GET /services (a page of services, one-to-one fields) and /services/{id} (one service, fully nested).</summary>
public static class ServicesApi
{
    public static void MapServices(this RouteGroupBuilder api)
    {
        api.MapGet("/services", async (HttpContext context, OpenDataListings listings, CancellationToken cancellationToken) =>
        {
            var (query, problem) = OrukQuery.Read(context.Request.Query, allowPlace: false);
            if (query is null)
            {
                return OpenDataAnswers.BadRequest(problem!);
            }
            var (page, placeProblem) = await listings.FindAsync(query, cancellationToken);
            if (page is null)
            {
                return OpenDataAnswers.BadRequest(placeProblem!);
            }
            var contents = page.Rows.Select(l => OrukServices.Summary(l, listings.PageUrl(l))).ToList();
            return OpenDataAnswers.Json(context, OrukPage.Of(contents, page.Total, query.Page, query.PerPage), LastModified(page), query.IsPersonal);
        });

        api.MapGet("/services/{id}", async (string id, HttpContext context, OpenDataListings listings, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(id, out var publicId))
            {
                return OpenDataAnswers.NotFound("service");
            }
            var listing = await listings.FullAsync(l => l.PublicId == publicId, cancellationToken);
            return listing is null
                ? OpenDataAnswers.NotFound("service")
                : OpenDataAnswers.Json(context, OrukServices.Service(listing, listings.PageUrl(listing)), listing.UpdatedAt, personal: false);
        });
    }

    /// <summary>The latest change among the page's listings (a list's Last-Modified).</summary>
    public static DateTime? LastModified(OpenDataListings.Page page) => page.Rows.Count == 0 ? null : page.Rows.Max(l => l.UpdatedAt);
}
