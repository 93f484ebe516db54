using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// A page of a list, as the search index answers it (the same text, place and filters as /find,
/// in <see cref="SortOrder.Listed"/> order so every page is stable), then the page's rows from
/// the database in one query. The index holds running listings only, so a list never shows a
/// draft, one awaiting review, a paused, lapsed or closed one.
/// </summary>
public sealed class OpenDataListings(ListingSearch search, DirectoryDbContext db, LocationResolver places, TimeProvider clock, SiteLinks links)
{
    public sealed record Page(IReadOnlyList<Listing> Rows, int Total);

    /// <summary>The page, or the message of a 400 (an unknown postcode).</summary>
    public async Task<(Page? Page, string? Problem)> FindAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var request = new SearchRequest
        {
            Text = query.Search,
            Sort = SortOrder.Listed,
            Page = query.Page,
            PageSize = query.PerPage,
            Filters = query.When,
            Sessions = query.Sessions,
            UtcNow = clock.GetUtcNow().UtcDateTime,
        };
        if (query.TaxonomyTermId is not null || query.TaxonomyId is not null)
        {
            var tags = await db.TaxonomyTags.AsNoTracking().Select(t => new { t.Slug, Dimension = t.Dimension!.Slug }).ToListAsync(cancellationToken);
            if (query.TaxonomyTermId is { } term)
            {
                if (tags.FirstOrDefault(t => PublicIds.TaxonomyTerm(t.Dimension, t.Slug) == term) is not { } tag)
                {
                    return (new Page([], 0), null);
                }
                request = request with { Must = [tag.Slug] };
            }
            if (query.TaxonomyId is { } taxonomy)
            {
                var slugs = tags.Where(t => PublicIds.Taxonomy(t.Dimension) == taxonomy).Select(t => t.Slug).ToList();
                if (slugs.Count == 0)
                {
                    return (new Page([], 0), null);
                }
                request = request with { Activities = slugs };
            }
        }
        if (query.Postcode is { } postcode)
        {
            if (await places.ResolveAsync(postcode, cancellationToken) is not Location.Found found)
            {
                return (null, "postcode: no such postcode or place is known here.");
            }
            request = request with
            {
                Near = found.Point,
                Nation = found.Nation,
                RadiusKm = query.ProximityMetres is { } metres ? metres / 1000 : request.RadiusKm,
                IncludeOnlineAndPhone = query.ProximityMetres is null,
            };
        }
        var results = search.Search(request);
        var ids = results.Hits.Select(h => h.Card.Id).ToList();
        var rows = ids.Count == 0
            ? []
            : await db.Listings.AsNoTracking().WherePublic().Where(l => ids.Contains(l.Id)).Include(l => l.Contacts).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(l => l.Id);
        return (new Page(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), results.Total), null);
    }

    /// <summary>One public listing with everything its full service shows, or null.</summary>
    public Task<Listing?> FullAsync(System.Linq.Expressions.Expression<Func<Listing, bool>> which, CancellationToken cancellationToken) =>
        db.Listings.AsNoTracking().WherePublic().Where(which)
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .AsSplitQuery().FirstOrDefaultAsync(cancellationToken);

    public string PageUrl(Listing listing) => Sharing.GroupLinks.GroupPage(links, listing.Id, listing.Slug);
}
