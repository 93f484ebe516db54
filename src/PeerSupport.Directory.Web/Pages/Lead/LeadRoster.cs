using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// A listing's leads, loaded for one change (remove a lead, step down, hand over) and saved only if
/// no other change to the listing was saved since. The listing's concurrency token
/// (<see cref="Listing.Version"/>) is read before the lead rows and renewed in the same
/// SaveChanges, so of two changes that started from the same leads (two leads removing each other,
/// or stepping down, at the same moment) only the first is saved; the second saves nothing instead
/// of acting on a count that is no longer true. A listing therefore always keeps a lead.
/// </summary>
public sealed class LeadRoster
{
    private readonly DirectoryDbContext db;
    private readonly Listing listing;
    private readonly List<ListingLead> rows;

    private LeadRoster(DirectoryDbContext db, Listing listing, List<ListingLead> rows) =>
        (this.db, this.listing, this.rows) = (db, listing, rows);

    /// <summary>The leads, longest-serving first.</summary>
    public IReadOnlyList<ListingLead> Rows => rows;

    public static async Task<LeadRoster?> LoadAsync(DirectoryDbContext db, int listingId, CancellationToken cancellationToken)
    {
        // The token first: anything saved after this read makes SaveAsync fail, whatever the rows below show.
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null)
        {
            return null;
        }
        var rows = await db.ListingLeads.Where(l => l.ListingId == listingId).OrderBy(l => l.AddedAt).ToListAsync(cancellationToken);
        return new LeadRoster(db, listing, rows);
    }

    /// <summary>
    /// Takes a lead off the listing; false (and nothing changes) when they are not a lead or are the
    /// last one. If they were primary, the longest-serving remaining lead becomes primary.
    /// </summary>
    public bool Remove(string userId)
    {
        var row = rows.FirstOrDefault(l => l.UserId == userId);
        if (row is null || rows.Count == 1)
        {
            return false;
        }
        rows.Remove(row);
        db.ListingLeads.Remove(row);
        if (row.IsPrimary)
        {
            rows[0].IsPrimary = true;
        }
        return true;
    }

    /// <summary>Makes <paramref name="toUserId"/> the only primary lead; false when they are not a lead.</summary>
    public bool HandOver(string toUserId)
    {
        var next = rows.FirstOrDefault(l => l.UserId == toUserId);
        if (next is null)
        {
            return false;
        }
        foreach (var lead in rows)
        {
            lead.IsPrimary = lead == next;
        }
        return true;
    }

    /// <summary>
    /// Saves the change with the listing's token renewed, in one SaveChanges (one transaction);
    /// false, with nothing saved, when another change to the listing was saved since <see cref="LoadAsync"/>.
    /// </summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        listing.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
