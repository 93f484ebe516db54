using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Freshness;

/// <summary>
/// A reminder email's one-click answer ("still running", "pause", "it has closed"), without
/// signing in. Opening the link only shows a page with one button: mail scanners that open
/// links must not answer for the lead. The POST checks the signature, the listing, the expiry
/// and single use (the nonce row is saved with the change, so a second use is refused), and that
/// the lead it was sent to still leads the listing and is not suspended.
/// </summary>
public class AnswerModel(DirectoryDbContext db, OneClickLinks links, TimeProvider clock) : PageModel
{
    public string? Problem { get; private set; }
    public string? Done { get; private set; }
    public string Action { get; private set; } = "";
    public string ListingName { get; private set; } = "";
    public int ListingId { get; private set; }

    [BindProperty, DataType(DataType.Date), Display(Name = "Back on (optional)")]
    public DateOnly? ReturnDate { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string token, CancellationToken cancellationToken)
    {
        var (listing, read) = await CheckAsync(id, token, cancellationToken);
        return listing is null || read is null ? Refused() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string token, CancellationToken cancellationToken)
    {
        var (listing, read) = await CheckAsync(id, token, cancellationToken);
        if (listing is null || read is null)
        {
            return Refused();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (read.Action == OneClickAction.Pause && !ListingLifeCycle.IsReturnDate(ReturnDate, now))
        {
            ModelState.AddModelError(nameof(ReturnDate), ListingLifeCycle.ReturnDateMessage);
            return Page();
        }
        switch (read.Action)
        {
            case OneClickAction.Confirm:
                ListingLifeCycle.Confirm(listing, now, ChangeActor.OneClickLink);
                Done = $"Thank you. {listing.Name} shows as confirmed today.";
                break;
            case OneClickAction.Pause:
                ListingLifeCycle.Pause(listing, ReturnDate, now, ChangeActor.OneClickLink);
                Done = ReturnDate is { } until
                    ? $"{listing.Name} is paused and hidden from search until {UkCalendar.Written(until)}. We will check in with you then."
                    : $"{listing.Name} is paused and hidden from search. Sign in to resume it when you are ready.";
                break;
            default:
                ListingLifeCycle.Close(listing, now);
                Done = $"{listing.Name} is marked as closed and no longer shows in search. Thank you for letting people know.";
                break;
        }
        db.OneClickUses.Add(new OneClickUse { Nonce = read.Nonce, ListingId = id, Action = read.Action, UsedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same link used twice at once, or the listing changed under us: the other save won.
            Done = null;
            Problem = "This link has already been used, or the listing changed at the same moment. Nothing more was changed. Sign in to see the listing as it is now.";
            return Refused();
        }
        return Page();
    }

    private async Task<(Listing? Listing, OneClickToken? Token)> CheckAsync(int id, string token, CancellationToken cancellationToken)
    {
        ListingId = id;
        var (check, read) = links.Read(token, id);
        var listing = await db.Listings.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (check == OneClickCheck.Valid && read is not null && await db.OneClickUses.AnyAsync(u => u.Nonce == read.Nonce, cancellationToken))
        {
            check = OneClickCheck.Used;
        }
        if (check == OneClickCheck.Valid && read is not null
            && !await db.ListingLeads.AnyAsync(l => l.ListingId == id && l.UserId == read.LeadUserId && l.User!.SuspendedAt == null, cancellationToken))
        {
            check = OneClickCheck.NotALead;
        }
        // A link that does not work says nothing about the listing behind the id (not its name, not
        // whether it is a draft, awaiting review or closed): ids are easy to guess, links are not.
        Problem = (check, listing) switch
        {
            (_, null) or (OneClickCheck.Tampered or OneClickCheck.WrongListing, _) => NoLongerWorks,
            _ when !ListingLifeCycle.IsOpen(listing.Status) => NoLongerWorks,
            (OneClickCheck.Expired, _) =>
                "This link has expired. Sign in to confirm or update your listing; it takes a minute.",
            (OneClickCheck.NotALead, _) =>
                "This link was sent to someone who no longer leads this listing, so it changes nothing. If you lead it, sign in to update it.",
            (OneClickCheck.Used, _) =>
                "This link has already been used, so it changes nothing now. Sign in to see or change your listing.",
            _ => null,
        };
        ListingName = Problem is null ? listing!.Name : "";
        Action = read?.Action ?? "";
        return Problem is null ? (listing, read) : (null, null);
    }

    private const string NoLongerWorks =
        "This link no longer works: it is not valid (it may have been cut short when it was copied), or the listing can no longer be changed from an email. Use the link in the latest email about your listing, or sign in to see your listings.";

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
