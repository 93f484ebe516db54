using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>Open problem reports: safety concerns first, then the rest, newest first within each.</summary>
public class ReportsModel(DirectoryDbContext db) : PageModel
{
    public static readonly Expression<Func<ProblemReport, bool>> Open =
        r => r.Status == ReportStatus.Received || r.Status == ReportStatus.BeingChecked;

    public sealed record Row(int Id, string Reference, int ListingId, string ListingName, ReportKind Kind, ReportStatus Status, DateTime CreatedAt);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await db.ProblemReports.AsNoTracking().Where(Open)
            .OrderBy(r => r.Kind == ReportKind.SafetyConcern ? 0 : 1).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new Row(r.Id, r.Reference, r.ListingId, db.Listings.Where(l => l.Id == r.ListingId).Select(l => l.Name).First(), r.Kind, r.Status, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public static string Describe(ReportKind kind) => kind switch
    {
        ReportKind.Closed => "It has closed",
        ReportKind.WrongDetails => "Details are wrong",
        ReportKind.SafetyConcern => "Safety concern",
        _ => "Something else",
    };

    public static string Describe(ReportStatus status) => status switch
    {
        ReportStatus.Received => "Received",
        ReportStatus.BeingChecked => "Being checked",
        ReportStatus.Fixed => "Fixed",
        _ => "No change needed",
    };
}
