using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// GET /taxonomies(/{id}) and /taxonomy_terms(/{id}): our local taxonomy, each dimension a
/// taxonomy and each tag a term. A few hundred rows at most, read from the database.
/// </summary>
public static class TaxonomiesApi
{
    public static void MapTaxonomies(this RouteGroupBuilder api)
    {
        api.MapGet("/taxonomies", async (HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken) =>
        {
            var (query, problem) = OrukQuery.Read(context.Request.Query, allowPlace: false);
            if (query is null)
            {
                return OpenDataAnswers.BadRequest(problem!);
            }
            var all = (await DimensionsAsync(db, cancellationToken)).Select(d => OrukServices.Taxonomy(d, withTerms: false)).ToList();
            return Paged(context, all, query);
        });

        api.MapGet("/taxonomies/{id}", async (string id, HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(id, out var wanted))
            {
                return OpenDataAnswers.NotFound("taxonomy");
            }
            var dimension = (await DimensionsAsync(db, cancellationToken)).FirstOrDefault(d => PublicIds.Taxonomy(d.Slug) == wanted);
            return dimension is null
                ? OpenDataAnswers.NotFound("taxonomy")
                : OpenDataAnswers.Json(context, OrukServices.Taxonomy(dimension, withTerms: true), null, personal: false);
        });

        api.MapGet("/taxonomy_terms", async (HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken) =>
        {
            var (query, problem) = OrukQuery.Read(context.Request.Query, allowPlace: false);
            if (query is null)
            {
                return OpenDataAnswers.BadRequest(problem!);
            }
            var all = Terms(await DimensionsAsync(db, cancellationToken))
                .Where(t => query.TaxonomyId is not { } taxonomy || t.TaxonomyId == taxonomy)
                .ToList();
            return Paged(context, all, query);
        });

        api.MapGet("/taxonomy_terms/{id}", async (string id, HttpContext context, DirectoryDbContext db, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParse(id, out var wanted))
            {
                return OpenDataAnswers.NotFound("taxonomy_term");
            }
            var term = Terms(await DimensionsAsync(db, cancellationToken)).FirstOrDefault(t => t.Id == wanted);
            return term is null ? OpenDataAnswers.NotFound("taxonomy_term") : OpenDataAnswers.Json(context, term, null, personal: false);
        });
    }

    private static Task<List<TaxonomyDimension>> DimensionsAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        db.TaxonomyDimensions.AsNoTracking().Include(d => d.Tags).OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    private static IEnumerable<OrukTaxonomyTerm> Terms(IEnumerable<TaxonomyDimension> dimensions) =>
        dimensions.SelectMany(d => d.Tags.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).Select(t => OrukServices.Term(t, d)));

    private static IResult Paged<T>(HttpContext context, List<T> all, OrukQuery query)
    {
        var contents = all.Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PerPage)).Take(query.PerPage).ToList();
        return OpenDataAnswers.Json(context, OrukPage.Of(contents, all.Count, query.Page, query.PerPage), null, personal: false);
    }
}
