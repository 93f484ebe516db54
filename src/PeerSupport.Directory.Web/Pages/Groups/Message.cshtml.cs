using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// "Message this group": one email to each lead, with Reply-To set to the sender, so the leads'
/// addresses stay private until they choose to reply. The message is kept nowhere but the
/// outbox row. The form's submission id makes a double submit send once.
/// </summary>
public class MessageModel(DirectoryDbContext db, TimeProvider clock) : PublicFormPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>What just happened ("sent"), from the redirect after sending (see <see cref="Pages.Notice"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool Sent => Done == "sent";

    public Notice? Notice => Sent
        ? new("We have passed your message to the people who run the group.", "They will reply to the email address you gave, when they can. Small groups are run by volunteers, so it may take a few days.")
        : null;

    public bool HasLeads { get; private set; }

    public sealed class InputModel
    {
        [StringLength(100, ErrorMessage = "Keep your name to 100 characters or fewer")]
        [Display(Name = "Your name (optional)")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter your email address, so the group can reply")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
        [StringLength(256, ErrorMessage = "That email address is too long")]
        [Display(Name = "Your email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Write your message")]
        [StringLength(2000, ErrorMessage = "Keep your message to 2,000 characters or fewer")]
        [Display(Name = "Your message")]
        public string Message { get; set; } = "";

        /// <summary>Drawn when the form is shown; the same form sent twice queues its emails once.</summary>
        public Guid SubmissionId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Input.SubmissionId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (FilledInByBot)
        {
            return RedirectToPage(new { id, done = "sent" });
        }
        var email = Input.Email.Trim();
        if (ModelState.IsValid && !LooksLikeOneAddress(email))
        {
            ModelState.AddModelError("Input.Email", "Enter an email address like name@example.com");
        }
        if (!HasLeads || !ModelState.IsValid)
        {
            return Page();
        }
        if (Input.SubmissionId == Guid.Empty)
        {
            Input.SubmissionId = Guid.NewGuid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var leads = await db.ListingLeads.AsNoTracking().Where(l => l.ListingId == id && l.User!.Email != null)
            .Select(l => new { l.UserId, l.User!.Email }).ToListAsync(cancellationToken);
        var from = string.IsNullOrWhiteSpace(Input.Name) ? email : $"{Input.Name.Trim()} ({email})";
        foreach (var lead in leads)
        {
            var mail = new Email(lead.Email!, $"A message about {Listing.Name}") { ReplyTo = email }
                .Paragraph($"Someone sent this message to {Listing.Name} through the \"Message this group\" form on PeerSupport.Directory.")
                .Paragraph($"From: {from}")
                .Paragraph(Input.Message.Trim())
                .Paragraph("Reply to this email to answer them. They do not know your email address until you reply. We keep no copy of the message on the site.");
            await Outbox.AddAsync(db, mail, $"group-message:{Input.SubmissionId:N}:{lead.UserId}", now, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at the same moment: the other request queued it, unless it did not.
            if (!await AlreadyQueuedAsync(cancellationToken))
            {
                throw;
            }
        }
        return RedirectToPage(new { id, done = "sent" });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindListingAsync(db, id, cancellationToken) || !Listing.TakesMessages)
        {
            return false;
        }
        HasLeads = await db.ListingLeads.AnyAsync(l => l.ListingId == id, cancellationToken);
        return true;
    }

    private Task<bool> AlreadyQueuedAsync(CancellationToken cancellationToken)
    {
        var prefix = $"group-message:{Input.SubmissionId:N}:";
        return db.OutboxMessages.AnyAsync(m => m.IdempotencyKey.StartsWith(prefix), cancellationToken);
    }

    /// <summary>Reply-To must be exactly one plain address; [EmailAddress] alone lets "a@b.c, d@e.f" through.</summary>
    private static bool LooksLikeOneAddress(string email) =>
        System.Net.Mail.MailAddress.TryCreate(email, out var address) && address.Address == email && address.DisplayName.Length == 0
        && !email.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '"');
}
