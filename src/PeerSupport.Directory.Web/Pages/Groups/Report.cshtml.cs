using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// "Report a problem" with a listing, for the moderators' queue. No account and no email: the
/// reporter gets a reference and a private status link (the key is stored only as a hash).
/// </summary>
public class ReportModel(DirectoryDbContext db, TimeProvider clock) : PublicFormPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Shown instead of the form after a honeypot catch, so the bot sees success.</summary>
    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose what the problem is")]
        [Display(Name = "What is the problem?")]
        public ReportKind? Kind { get; set; }

        [StringLength(2000, ErrorMessage = "Keep it to 2,000 characters or fewer")]
        [Display(Name = "Tell us more")]
        public string? Details { get; set; }
    }

    public static readonly IReadOnlyList<(ReportKind Kind, string Words)> Kinds =
    [
        (ReportKind.Closed, "It has closed or stopped meeting"),
        (ReportKind.WrongDetails, "Some details are wrong"),
        (ReportKind.SafetyConcern, "A safety concern"),
        (ReportKind.Other, "Something else"),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindListingAsync(db, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindListingAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        if (FilledInByBot)
        {
            Sent = true;
            return Page();
        }
        if (Input.Kind is not ReportKind.Closed && string.IsNullOrWhiteSpace(Input.Details))
        {
            ModelState.AddModelError("Input.Details", "Tell us what is wrong, so a moderator can check it");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var key = SecretKey.New();
        var reference = await NewReferenceAsync(cancellationToken);
        db.ProblemReports.Add(new ProblemReport
        {
            Reference = reference,
            KeyHash = SecretKey.Hash(key),
            ListingId = id,
            Kind = Input.Kind!.Value,
            Details = Input.Details?.Trim() ?? "",
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Reports/Status", new { reference, key, done = "sent" });
    }

    /// <summary>"R-" and a short code; a clash among 2e10 codes is rare, but drawing again costs nothing.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reference = "R-" + ShortLinkCode.New();
            if (!await db.ProblemReports.AnyAsync(r => r.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
    }
}
