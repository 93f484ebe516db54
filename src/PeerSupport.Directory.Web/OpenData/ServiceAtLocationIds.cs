using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.OpenData;

/// <summary>
/// Which listing a service_at_location id belongs to. The id is derived from the listing's
/// <see cref="Listing.PublicId"/> (<see cref="PublicIds.ServiceAtLocation"/>) and cannot be
/// reversed, so this keeps a map of every listing's derived id, filled on a miss with the
/// listings made since. Public ids never change, so the map only grows; whether the listing is
/// public is asked of the database on every request.
/// </summary>
public sealed class ServiceAtLocationIds(IServiceScopeFactory scopes) : IDisposable
{
    private readonly Dictionary<Guid, int> listingOf = [];
    private readonly SemaphoreSlim filling = new(1, 1);
    private int loadedTo;

    public void Dispose() => filling.Dispose();

    public async Task<int?> ListingOfAsync(Guid serviceAtLocation, CancellationToken cancellationToken)
    {
        await filling.WaitAsync(cancellationToken);
        try
        {
            if (listingOf.TryGetValue(serviceAtLocation, out var known))
            {
                return known;
            }
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var from = loadedTo;
            var added = await db.Listings.AsNoTracking().Where(l => l.Id > from).OrderBy(l => l.Id).Select(l => new { l.Id, l.PublicId }).ToListAsync(cancellationToken);
            foreach (var row in added)
            {
                listingOf[PublicIds.ServiceAtLocation(row.PublicId)] = row.Id;
                loadedTo = row.Id;
            }
            return listingOf.TryGetValue(serviceAtLocation, out var found) ? found : null;
        }
        finally
        {
            filling.Release();
        }
    }
}
