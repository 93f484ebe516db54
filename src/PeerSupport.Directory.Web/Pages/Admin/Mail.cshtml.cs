using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Pages.Admin;

/// <summary>
/// Email that keeps failing: given up after the last attempt, or still being retried with back-off.
/// Admins see the address and the last error, and can send a message again from now.
/// </summary>
public class MailModel(DirectoryDbContext db, TimeProvider clock) : PageModel
{
    public static readonly Expression<Func<OutboxMessage, bool>> Failing = m => m.SentAt == null && m.Attempts > 0;

    public sealed record Row(long Id, string To, string Subject, int Attempts, string? LastError, DateTime CreatedAt, DateTime NextAttemptAt, DateTime? GaveUpAt);

    public IReadOnlyList<Row> GaveUp { get; private set; } = [];
    public IReadOnlyList<Row> Retrying { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking().Where(Failing)
            .OrderByDescending(m => m.CreatedAt).Take(200)
            .Select(m => new Row(m.Id, m.To, m.Subject, m.Attempts, m.LastError, m.CreatedAt, m.NextAttemptAt, m.GaveUpAt))
            .ToListAsync(cancellationToken);
        GaveUp = rows.Where(r => r.GaveUpAt is not null).ToList();
        Retrying = rows.Where(r => r.GaveUpAt is null).ToList();
    }

    public async Task<IActionResult> OnPostRetryAsync(long messageId, CancellationToken cancellationToken)
    {
        var retried = await OutboxDelivery.RetryAsync(db, messageId, clock.GetUtcNow().UtcDateTime);
        Done = retried == 1 ? "The email will be sent again within a minute." : "That email has already been sent.";
        return RedirectToPage();
    }
}
