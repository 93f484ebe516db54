using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Safety;

namespace PeerSupport.Directory.Web.Pages.Groups;

/// <summary>
/// A form anyone may send about a public group (message it, report a problem): no account, a
/// limit per client address and per group (<see cref="RateLimits.GroupForms"/>), and a honeypot field (_Honeypot.cshtml) whose catches are answered
/// as if sent, so a bot learns nothing.
/// </summary>
[EnableRateLimiting(RateLimits.PublicForms)]
[LimitPerListing(nameof(RateLimits.GroupForms))]
public abstract class PublicFormPageModel : PageModel
{
    /// <summary>The honeypot: people never see it, so anything in it came from a bot.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public PublicListing Listing { get; protected set; } = null!;

    protected bool FilledInByBot => !string.IsNullOrEmpty(Website);

    /// <summary>Finds the group the form is about; false (the page answers 404) unless it is public.</summary>
    protected async Task<bool> FindListingAsync(DirectoryDbContext db, int id, CancellationToken cancellationToken)
    {
        if (await PublicListing.FindAsync(db, id, cancellationToken) is not { } listing)
        {
            return false;
        }
        Listing = listing;
        return true;
    }
}
