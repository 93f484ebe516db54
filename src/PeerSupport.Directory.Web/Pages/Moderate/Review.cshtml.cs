using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// One new listing as the public would see it, with its leads: approve it (published, confirmed
/// now) or send it back with a reason. The leads are emailed in the same save. The version the
/// moderator looked at travels with the form, so of two moderators deciding at once only the first wins.
/// </summary>
public class ReviewModel(DirectoryDbContext db, TimeProvider clock, SiteLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Listing Listing { get; private set; } = null!;
    public IReadOnlyList<string> LeadEmails { get; private set; } = [];

    /// <summary>Set when someone else decided first: the page then says what happened and offers no form.</summary>
    public string? Conflict { get; private set; }

    public sealed class InputModel
    {
        public Guid Version { get; set; }

        [StringLength(1000, ErrorMessage = "Keep the reason under 1,000 characters")]
        [Display(Name = "Reason (needed to send it back; emailed to the leads)")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input.Version = Listing.Version;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", "Say why it is being sent back, so the leads know what to change");
        }
        return DecideAsync(id, approve: false, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(int id, bool approve, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.Include(l => l.Leads).ThenInclude(l => l.User).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        if (listing.Status != ListingStatus.Pending || listing.Version != Input.Version)
        {
            return await RefuseAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var moderator = ChangeActor.Of(User);
        var reason = Input.Reason?.Trim() ?? "";
        // Saved only if nobody has changed the listing since this moderator opened it.
        db.Entry(listing).Property(l => l.Version).OriginalValue = Input.Version;
        _ = approve ? ListingLifeCycle.Publish(listing, now, moderator, reason) : ListingLifeCycle.SendBack(listing, reason);
        foreach (var lead in listing.Leads.Where(l => l.User?.Email is not null))
        {
            await Outbox.AddAsync(db, DecisionEmail(lead.User!.Email!, listing, approve, reason),
                $"listing-{(approve ? "approved" : "sent-back")}:{listing.Id}:{Input.Version:N}:{lead.UserId}", now, cancellationToken);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            ModeratorChanges.MarkReviewed([listing], moderator, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, cancellationToken);
        }
        TempData[nameof(ListingsModel.Done)] = approve
            ? $"“{listing.Name}” is published and its leads have been emailed."
            : $"“{listing.Name}” was sent back to its leads with your reason.";
        return RedirectToPage("/Moderate/Listings");
    }

    private async Task<IActionResult> RefuseAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Conflict = Listing.Status == ListingStatus.Pending
            ? "This listing changed while you were looking at it. Nothing was saved: check it again below and decide."
            : $"Another moderator has already decided on this listing: it is now {Listing.Status.ToString().ToLowerInvariant()}. Nothing was changed.";
        Input.Version = Listing.Version;
        return Page();
    }

    private Email DecisionEmail(string to, Listing listing, bool approved, string reason)
    {
        if (approved)
        {
            var email = new Email(to, $"“{listing.Name}” is now published")
                .Paragraph($"A moderator has approved your listing “{listing.Name}”. People can now find it in search.");
            if (reason.Length > 0)
            {
                email.Paragraph($"The moderator added: {reason}");
            }
            return email.Link("See your listing", links.Absolute($"/groups/{listing.Id}/{listing.Slug}"));
        }
        return new Email(to, $"“{listing.Name}” needs changes before it is published")
            .Paragraph($"A moderator has looked at your listing “{listing.Name}” and sent it back. This is the reason they gave:")
            .Paragraph(reason)
            .Paragraph("Edit the listing and send it for review again when it is ready.")
            .Link("Edit your listing", links.Absolute($"/lead/{listing.Id}/edit"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .Include(l => l.Schedules).Include(l => l.Contacts).Include(l => l.Tags).ThenInclude(t => t.Dimension)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null)
        {
            return false;
        }
        Listing = listing;
        LeadEmails = await db.ListingLeads.AsNoTracking().Where(l => l.ListingId == id)
            .OrderByDescending(l => l.IsPrimary).Select(l => l.User!.Email ?? "(no email)").ToListAsync(cancellationToken);
        return true;
    }
}
