using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Web.Safety;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>"Do you run this group?": a signed-in person asks to manage a public listing; a moderator decides.</summary>
[EnableRateLimiting(RateLimits.PublicForms)]
[LimitPerListing(nameof(RateLimits.Claims))]
public class ClaimModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ListingName { get; private set; } = "";
    public string ListingSlug { get; private set; } = "";

    /// <summary>Why this person cannot ask (again), or null when they can.</summary>
    public string? Refusal { get; private set; }

    /// <summary>"sent" just after the request was sent (see <see cref="Pages.Notice"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool Sent => Done == "sent";

    public Notice? Notice => Sent
        ? new($"A moderator will review your request to manage {ListingName}.", "We will email you when they have decided, with their reasons.")
        : null;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tell us how you are connected to the group")]
        [StringLength(1000, ErrorMessage = "Keep it to 1,000 characters or fewer")]
        [Display(Name = "How are you connected to the group?")]
        public string Message { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int listingId, CancellationToken cancellationToken) =>
        await LoadAsync(listingId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int listingId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(listingId, cancellationToken))
        {
            return NotFound();
        }
        if (Refusal is not null || !ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ListingClaims.Add(new ListingClaim { ListingId = listingId, UserId = UserId, Message = Input.Message.Trim(), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { listingId, done = "sent" });
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<bool> LoadAsync(int listingId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .WherePublic().Where(l => l.Id == listingId)
            .Select(l => new
            {
                l.Name,
                l.Slug,
                Leads = l.Leads.Any(x => x.UserId == UserId),
                Pending = db.ListingClaims.Any(c => c.ListingId == l.Id && c.UserId == UserId && c.Status == ClaimStatus.Pending),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (listing is null)
        {
            return false;
        }
        (ListingName, ListingSlug) = (listing.Name, listing.Slug);
        // Worked out whatever the URL says: "?done=sent" only changes what the page shows after a
        // redirect, never whether a new request is accepted.
        Refusal = listing.Leads ? "You already lead this listing, so there is nothing to ask."
            : listing.Pending ? "You have already asked to manage this listing. A moderator will review your request and we will email you when they have decided."
            : null;
        return true;
    }
}
