using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>The moderators' start page: how much waits in each queue.</summary>
public class IndexModel(DirectoryDbContext db) : PageModel
{
    public int NewListings { get; private set; }
    public int Claims { get; private set; }
    public int Reports { get; private set; }
    public int SafetyReports { get; private set; }
    public int Edits { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NewListings = await db.Listings.CountAsync(l => l.Status == ListingStatus.Pending, cancellationToken);
        Claims = await db.ListingClaims.CountAsync(c => c.Status == ClaimStatus.Pending, cancellationToken);
        Reports = await db.ProblemReports.CountAsync(ReportsModel.Open, cancellationToken);
        SafetyReports = await db.ProblemReports.Where(ReportsModel.Open).CountAsync(r => r.Kind == ReportKind.SafetyConcern, cancellationToken);
        Edits = await db.ListingChanges.CountAsync(EditsModel.Unreviewed, cancellationToken);
    }
}
