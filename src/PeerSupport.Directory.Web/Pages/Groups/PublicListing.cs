using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>What the public forms about a group need to know of it; null unless the listing is public.</summary>
public sealed record PublicListing(int Id, string Name, string Slug, ListingStatus Status, bool AcceptsMessages)
{
    public static Task<PublicListing?> FindAsync(DirectoryDbContext db, int id, CancellationToken cancellationToken) =>
        db.Listings.AsNoTracking()
            .WherePublic().Where(l => l.Id == id)
            .Select(l => new PublicListing(l.Id, l.Name, l.Slug, l.Status, l.AcceptsMessages))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Closed groups keep their page but take no messages: nobody is there to read them.</summary>
    public bool TakesMessages => AcceptsMessages && Status != ListingStatus.Archived;
}
