using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>The security event log, newest first: the whole site's, or one account's (<c>?account=</c>).</summary>
public class SecurityModel(DirectoryDbContext db) : PageModel
{
    public const int MaxRows = 200;

    public sealed record Row(DateTime At, string Kind, string? UserId, string? Email, string? By, string Detail);

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? AccountEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var events = db.SecurityEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(Account))
        {
            events = events.Where(e => e.UserId == Account);
            AccountEmail = await db.Users.Where(u => u.Id == Account).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        }
        Rows = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxRows)
            .Select(e => new Row(e.At, e.Kind, e.UserId, db.Users.Where(u => u.Id == e.UserId).Select(u => u.Email).FirstOrDefault(), e.ByUserId, e.Detail))
            .ToListAsync(cancellationToken);
    }
}
