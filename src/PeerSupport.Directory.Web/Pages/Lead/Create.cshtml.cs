using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>A new listing: it waits for a moderator (Pending), and its creator becomes its primary lead.</summary>
public class CreateModel(DirectoryDbContext db, LocationResolver places, TimeProvider clock) : ListingEditorPage(db, places, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ListingForm().WithBlankRows();
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await MapAsync(cancellationToken) is not { } mapped)
        {
            return await ShowAsync(cancellationToken);
        }
        var listing = mapped.Listing;
        var userId = LeadAccess.UserId(User);
        ListingLifeCycle.Submit(listing, UtcNow, ChangeActor.Person(userId));
        listing.ShortCode = await NewShortCodeAsync(cancellationToken);
        listing.Leads.Add(new ListingLead { UserId = userId, IsPrimary = true, AddedAt = UtcNow });
        Db.Listings.Add(listing);
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Lead/Index", new { created = listing.Id });
    }

    protected override Task<bool> MayEditAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    protected override void CompletePreview(Listing preview)
    {
        preview.Status = ListingStatus.Pending;
        preview.LastConfirmedAt = UtcNow;
    }

    /// <summary>A clash is about one in ten billion; draw again until the code is free (the unique index is the final guard).</summary>
    private async Task<string> NewShortCodeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = ShortLinkCode.New();
            if (!await Db.Listings.AnyAsync(l => l.ShortCode == code, cancellationToken))
            {
                return code;
            }
        }
    }
}
