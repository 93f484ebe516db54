using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>Find accounts by any part of their email address.</summary>
public class UsersModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxResults = 50;

    public sealed record Row(string Id, string Email, IReadOnlyList<string> Roles, string Locked);

    [BindProperty(SupportsGet = true, Name = "email")]
    public string? Email { get; set; }

    public IReadOnlyList<Row> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var part = Email?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(part))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail!.Contains(part))
            .OrderBy(u => u.NormalizedEmail).Take(MaxResults)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.LockoutEnd,
                u.SuspendedAt,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        Found = users.Select(u => new Row(u.Id, u.Email ?? "(no email)", u.Roles.Order().ToList(), u.SuspendedAt is not null ? "Suspended" : u.LockoutEnd > now ? "Paused after wrong passwords" : "No")).ToList();
    }
}
