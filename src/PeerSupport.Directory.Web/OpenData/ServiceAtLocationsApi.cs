using PeerSupport.Directory.OpenData;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// GET /service_at_locations (a page, each with its location and its service's one-to-one
/// fields; <c>postcode</c> and <c>proximity</c> choose by place) and /service_at_locations/{id}.
/// </summary>
public static class ServiceAtLocationsApi
{
    public static void MapServiceAtLocations(this RouteGroupBuilder api)
    {
        api.MapGet("/service_at_locations", async (HttpContext context, OpenDataListings listings, CancellationToken cancellationToken) =>
        {
            var (query, problem) = OrukQuery.Read(context.Request.Query, allowPlace: true);
            if (query is null)
            {
                return OpenDataAnswers.BadRequest(problem!);
            }
            var (page, placeProblem) = await listings.FindAsync(query, cancellationToken);
            if (page is null)
            {
                return OpenDataAnswers.BadRequest(placeProblem!);
            }
            var contents = page.Rows.Select(l => OrukServices.ServiceAtLocation(l, listings.PageUrl(l), withService: true)).ToList();
            return OpenDataAnswers.Json(context, OrukPage.Of(contents, page.Total, query.Page, query.PerPage), ServicesApi.LastModified(page), query.IsPersonal);
        });

        api.MapGet("/service_at_locations/{id}", async (string id, HttpContext context, OpenDataListings listings, ServiceAtLocationIds ids, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(id, out var salId))
            {
                return OpenDataAnswers.NotFound("service_at_location");
            }
            var listingId = await ids.ListingOfAsync(salId, cancellationToken);
            var listing = listingId is { } found ? await listings.FullAsync(l => l.Id == found, cancellationToken) : null;
            return listing is null
                ? OpenDataAnswers.NotFound("service_at_location")
                : OpenDataAnswers.Json(context, OrukServices.ServiceAtLocation(listing, listings.PageUrl(listing), withService: true), listing.UpdatedAt, personal: false);
        });
    }
}
