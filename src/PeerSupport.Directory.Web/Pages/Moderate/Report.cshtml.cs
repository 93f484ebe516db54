using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Moderation;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>One problem report: what was reported about which listing, and the status and reply the reporter sees on their private page.</summary>
public class ReportModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    public static readonly ReportStatus[] Choices = [ReportStatus.BeingChecked, ReportStatus.Fixed, ReportStatus.NoChangeNeeded];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ProblemReport Report { get; private set; } = null!;
    public string ListingName { get; private set; } = "";
    public string ListingSlug { get; private set; } = "";
    public string HandledBy { get; private set; } = "";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the report's status")]
        public ReportStatus? Status { get; set; }

        [StringLength(2000, ErrorMessage = "Keep the reply under 2,000 characters")]
        [Display(Name = "Reply to the reporter")]
        public string? Reply { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input.Status = Report.Status == ReportStatus.Received ? null : Report.Status;
        Input.Reply = Report.Reply;
        return Page();
    }

    public async Task<IActionResult> OnPostSetStatusAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var reply = Input.Reply?.Trim() ?? "";
        if (Input.Status is { } chosen && !Choices.Contains(chosen))
        {
            ModelState.AddModelError("Input.Status", "Choose the report's status");
        }
        if (Input.Status is ReportStatus.Fixed or ReportStatus.NoChangeNeeded && reply.Length == 0)
        {
            ModelState.AddModelError("Input.Reply", "Tell the reporter what was done (or why nothing needed changing)");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var moderator = ChangeActor.Of(User);
        await db.ProblemReports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, Input.Status!.Value)
            .SetProperty(r => r.Reply, reply)
            .SetProperty(r => r.UpdatedAt, now)
            .SetProperty(r => r.HandledBy, moderator), cancellationToken);
        TempData[nameof(ReportsModel.Done)] = $"Report {Report.Reference} is now “{ReportsModel.Describe(Input.Status!.Value).ToLowerInvariant()}”; the reporter sees your reply on their status page.";
        return RedirectToPage("/Moderate/Reports");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.ProblemReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return false;
        }
        Report = report;
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == report.ListingId).Select(l => new { l.Name, l.Slug }).SingleAsync(cancellationToken);
        (ListingName, ListingSlug) = (listing.Name, listing.Slug);
        HandledBy = report.HandledBy is { } by ? (await ChangeAuthors.NamesAsync(db, [by], cancellationToken))[by] : "";
        return true;
    }
}
