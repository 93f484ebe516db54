using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>The admins' start page: users, mail that keeps failing, background jobs.</summary>
public class IndexModel(DirectoryDbContext db) : PageModel
{
    public int FailedMail { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        FailedMail = await db.OutboxMessages.CountAsync(MailModel.Failing, cancellationToken);
}
