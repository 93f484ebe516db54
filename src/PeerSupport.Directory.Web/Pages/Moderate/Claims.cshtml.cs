using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>People asking to lead an existing listing, the longest-waiting first.</summary>
public class ClaimsModel(DirectoryDbContext db) : PageModel
{
    public sealed record Row(int Id, int ListingId, string ListingName, string Claimant, string Message, DateTime CreatedAt);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await (
                from claim in db.ListingClaims.AsNoTracking()
                where claim.Status == ClaimStatus.Pending
                join listing in db.Listings on claim.ListingId equals listing.Id
                join user in db.Users on claim.UserId equals user.Id
                orderby claim.CreatedAt, claim.Id
                select new Row(claim.Id, listing.Id, listing.Name, user.Email ?? "(no email)", claim.Message, claim.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
