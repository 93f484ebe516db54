using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>
/// "Download my data" (UK GDPR, right of access): everything the directory holds about the
/// signed-in person, as one JSON file. Passwords, keys and tokens are never included.
/// </summary>
[Authorize]
public class DownloadModel(DirectoryDbContext db, UserManager<DirectoryUser> users, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var export = await ExportAsync(db, users, user, clock.GetUtcNow().UtcDateTime);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "my-peersupport-directory-data.json");
    }

    public sealed record Export(DateTime ExportedAt, Profile Account, List<Led> Listings, List<Claim> Claims, List<Invite> InvitesSent, List<Edit> Edits);

    public sealed record Profile(string Id, string Email, bool EmailConfirmed, string DisplayName, bool TwoFactorEnabled, IList<string> Roles);

    public sealed record Led(int ListingId, string Name, string Slug, string Status, bool IsPrimaryLead, DateTime LeadSince);

    public sealed record Claim(int ListingId, string? ListingName, string Message, string Status, string Reason, DateTime CreatedAt, DateTime? DecidedAt);

    public sealed record Invite(int ListingId, string Email, DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt, DateTime? CancelledAt);

    public sealed record Edit(int ListingId, DateTime ChangedAt, string Kind, List<string> Fields);

    public static async Task<Export> ExportAsync(DirectoryDbContext db, UserManager<DirectoryUser> users, DirectoryUser user, DateTime now)
    {
        var listings = await db.ListingLeads.Where(l => l.UserId == user.Id)
            .Join(db.Listings, lead => lead.ListingId, listing => listing.Id, (lead, listing) => new { lead, listing })
            .OrderBy(x => x.listing.Name)
            .Select(x => new Led(x.listing.Id, x.listing.Name, x.listing.Slug, x.listing.Status.ToString(), x.lead.IsPrimary, x.lead.AddedAt))
            .ToListAsync();
        var claims = await db.ListingClaims.Where(c => c.UserId == user.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new Claim(c.ListingId, db.Listings.Where(l => l.Id == c.ListingId).Select(l => l.Name).FirstOrDefault(),
                c.Message, c.Status.ToString(), c.Reason, c.CreatedAt, c.DecidedAt))
            .ToListAsync();
        // Invites name their sender by account id, written either bare or as the change-history actor ("user:{id}").
        var actor = ChangeActor.Person(user.Id);
        var invites = await db.LeadInvites.Where(i => i.InvitedBy == user.Id || i.InvitedBy == actor).OrderBy(i => i.CreatedAt)
            .Select(i => new Invite(i.ListingId, i.Email, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.CancelledAt))
            .ToListAsync();
        var edits = (await db.ListingChanges.Where(c => c.ChangedBy == actor).OrderBy(c => c.ChangedAt).ToListAsync())
            .Select(c => new Edit(c.ListingId, c.ChangedAt, c.Kind, [.. c.Fields.Select(f => f.Field)]))
            .ToList();
        var profile = new Profile(user.Id, user.Email ?? "", user.EmailConfirmed, user.DisplayName, user.TwoFactorEnabled, await users.GetRolesAsync(user));
        return new Export(now, profile, listings, claims, invites, edits);
    }
}
