using Hangfire;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// Daily: a published listing whose only sessions are one-off dates now past has nothing
/// left to go to; its leads are asked to add dates, pause or close it. Once per last date
/// (the email's idempotency key names it), so running twice asks once.
/// </summary>
public sealed class ScheduleCheckJob(DirectoryDbContext db, IAbsoluteLinks links, TimeProvider clock)
{
    public const string RecurringId = "schedule-check";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkCalendar.Day(now);
        var ended = await db.Listings
            .Where(l => l.Status == ListingStatus.Published && l.Schedules.Any()
                && l.Schedules.All(s => s.Kind == ScheduleKind.OneOff && s.Date != null && s.Date < today))
            .Select(l => new { l.Id, l.Name, Last = l.Schedules.Max(s => s.Date)!.Value })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var listing in ended)
        {
            foreach (var lead in await Recipients.LeadsOfAsync(db, listing.Id, cancellationToken))
            {
                var email = new Email(lead.Email, $"{listing.Name} has no dates coming up")
                    .Paragraph($"The last date listed for {listing.Name} was {UkCalendar.Written(listing.Last)}. People looking for it now find nothing to go to.")
                    .Link("Add new dates, pause or close it (sign in)", links.Absolute($"/lead/{listing.Id}/edit"));
                queued += await Outbox.AddAsync(db, email, $"schedule-ended:{listing.Id}:{listing.Last:yyyy-MM-dd}:{lead.UserId}", now, cancellationToken) ? 1 : 0;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
