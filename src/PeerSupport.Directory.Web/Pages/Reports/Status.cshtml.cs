using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Reports;

/// <summary>A reporter's private view of their report. Without the right key it does not exist (404).</summary>
public class StatusModel(DirectoryDbContext db, SiteLinks links) : PageModel
{
    public ReportView Report { get; private set; } = null!;

    /// <summary>"sent" just after the report was sent (see <see cref="Pages.Notice"/>): say thank you and ask them to keep the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool Sent => Done == "sent";

    public string PrivateLink { get; private set; } = "";

    public sealed record ReportView(string Reference, ReportKind Kind, ReportStatus Status, string Reply, DateTime CreatedAt, DateTime UpdatedAt, int ListingId, string ListingName, string ListingSlug, string KeyHash);

    public async Task<IActionResult> OnGetAsync(string reference, string? key, CancellationToken cancellationToken)
    {
        var report = await db.ProblemReports.AsNoTracking()
            .Where(r => r.Reference == reference)
            .Join(db.Listings, r => r.ListingId, l => l.Id, (r, l) => new ReportView(r.Reference, r.Kind, r.Status, r.Reply, r.CreatedAt, r.UpdatedAt, l.Id, l.Name, l.Slug, r.KeyHash))
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null || !SecretKey.Matches(key, report.KeyHash))
        {
            return NotFound();
        }
        Report = report;
        PrivateLink = links.Page("/Reports/Status", new { reference, key });
        return Page();
    }

    public static string Words(ReportStatus status) => status switch
    {
        ReportStatus.Received => "Received: a moderator will look at it soon.",
        ReportStatus.BeingChecked => "Being checked: a moderator is looking into it.",
        ReportStatus.Fixed => "Fixed: the listing has been changed.",
        ReportStatus.NoChangeNeeded => "No change needed: a moderator checked and the listing stays as it is.",
        _ => status.ToString(),
    };

    public static string Words(ReportKind kind) =>
        Groups.ReportModel.Kinds.FirstOrDefault(k => k.Kind == kind).Words ?? kind.ToString();
}
