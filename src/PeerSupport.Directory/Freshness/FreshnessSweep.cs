using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// Daily: moves listings along the freshness clock and queues the emails that go with each move.
/// Everything is derived from the database and the clock, and guarded in the database: a state
/// change is saved against the listing's concurrency token (a second runner's save is refused),
/// and every email has an idempotency key naming its cause, so running twice, or on two servers
/// at once, moves nothing twice and sends nothing twice. A missed day is made up on the next run.
/// </summary>
public sealed class FreshnessSweep(
    DirectoryDbContext db, IOptions<FreshnessOptions> options, OneClickLinks oneClick, IAbsoluteLinks links,
    TimeProvider clock, ILogger<FreshnessSweep> logger)
{
    public const string RecurringId = "freshness-sweep";

    public sealed record Result(int Resumed, int Reminded, int Lapsed);

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        var policy = new FreshnessPolicy(options.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkCalendar.Day(now);

        var resumedIds = new HashSet<int>();
        var pauseOver = await db.Listings.Where(l => l.Status == ListingStatus.Paused && l.PausedUntil != null && l.PausedUntil <= today)
            .Select(l => l.Id).ToListAsync(cancellationToken);
        foreach (var id in pauseOver)
        {
            if (await ChangeAsync(id, l => ListingLifeCycle.BreakIsOver(l.Status, l.PausedUntil, now), async listing =>
            {
                var until = listing.PausedUntil!.Value;
                ListingLifeCycle.EndBreak(listing, now);
                await RemindAsync(listing, $"resumed:{until:yyyy-MM-dd}", policy, now, cancellationToken);
            }, cancellationToken))
            {
                resumedIds.Add(id);
            }
        }
        var resumed = resumedIds.Count;

        var dueBefore = now.AddDays(-options.Value.DueDays);
        var due = await db.Listings.Where(l => l.Status == ListingStatus.Published && (l.LastConfirmedAt ?? l.CreatedAt) <= dueBefore)
            .Select(l => new { l.Id, Start = l.LastConfirmedAt ?? l.CreatedAt }).ToListAsync(cancellationToken);
        var (reminded, lapsed) = (0, 0);
        // A listing just back from a break has had its "running again?" email; it is not also reminded today.
        foreach (var listing in due.Where(l => !resumedIds.Contains(l.Id)))
        {
            var stage = policy.StageOf(listing.Start, now);
            if (stage == FreshnessStage.Lapsed)
            {
                lapsed += await ChangeAsync(listing.Id, l => l.Status == ListingStatus.Published && policy.StageOf(Start(l), now) == FreshnessStage.Lapsed,
                    l => LapseAsync(l, now, cancellationToken), cancellationToken) ? 1 : 0;
            }
            else
            {
                var which = stage >= FreshnessStage.SecondReminder ? "reminder-2" : "reminder-1";
                reminded += await QueueOnlyAsync(listing.Id, l => RemindAsync(l, which, policy, now, cancellationToken), cancellationToken);
            }
        }
        if (resumed + reminded + lapsed > 0)
        {
            logger.LogInformation("Freshness sweep: {Resumed} back from a pause, {Reminded} reminders queued, {Lapsed} lapsed.", resumed, reminded, lapsed);
        }
        return new Result(resumed, reminded, lapsed);
    }

    private static DateTime Start(Listing listing) => FreshnessPolicy.ClockStart(listing.LastConfirmedAt, listing.CreatedAt);

    /// <summary>Loads the listing, re-checks the condition, changes it and saves against its concurrency token.</summary>
    private async Task<bool> ChangeAsync(int id, Func<Listing, bool> stillApplies, Func<Listing, Task> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var listing = await db.Listings.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (listing is null || !stillApplies(listing))
        {
            return false;
        }
        await change(listing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone (a lead, or another runner) changed it first; the next run looks again.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Queues emails that change nothing else; their idempotency keys are the guard.</summary>
    private async Task<int> QueueOnlyAsync(int id, Func<Listing, Task<int>> queue, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var listing = await db.Listings.AsNoTracking().SingleAsync(l => l.Id == id, cancellationToken);
        var queued = await queue(listing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return queued;
        }
        catch (DbUpdateException)
        {
            if (!await KeysTakenAsync(cancellationToken))
            {
                throw;
            }
            // Another runner queued the same emails between our check and our save.
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> KeysTakenAsync(CancellationToken cancellationToken)
    {
        var keys = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.IdempotencyKey).ToList();
        return await db.OutboxMessages.AsNoTracking().AnyAsync(m => keys.Contains(m.IdempotencyKey), cancellationToken);
    }

    private async Task<int> RemindAsync(Listing listing, string which, FreshnessPolicy policy, DateTime now, CancellationToken cancellationToken)
    {
        var start = Start(listing);
        var expires = now.AddDays(options.Value.OneClickLinkDays);
        var days = (int)(now - start).TotalDays;
        var queued = 0;
        foreach (var lead in await Recipients.LeadsOfAsync(db, listing.Id, cancellationToken))
        {
            string Answer(string action) => links.Absolute($"/answer/{listing.Id}/{oneClick.Create(listing.Id, action, expires, lead.UserId)}");
            var email = new Email(lead.Email, $"Is {listing.Name} still running?")
                .Paragraph(which.StartsWith("resumed", StringComparison.Ordinal)
                    ? $"{listing.Name} is back in the directory after its break. Is it running again as listed?"
                    : $"It is {days} days since anyone confirmed that {listing.Name} is still running. People use the directory to find a group that will be there when they arrive; one click keeps your listing trusted.")
                .Link("Yes, it is still running", Answer(OneClickAction.Confirm))
                .Link("Update the details (sign in)", links.Absolute($"/lead/{listing.Id}/edit"))
                .Link("Pause it for a break", Answer(OneClickAction.Pause))
                .Link("It has closed", Answer(OneClickAction.Close))
                .Paragraph($"If nobody answers, from {Date(start.AddDays(policy.Options.OverdueDays))} the listing shows \"may be out of date\", and from {Date(start.AddDays(policy.Options.LapseDays))} it is hidden from search until you confirm it. These links work for {options.Value.OneClickLinkDays} days, once each.");
            if (await Outbox.AddAsync(db, email, $"{which}:{listing.Id}:{start.Ticks}:{lead.UserId}", now, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }

    private async Task LapseAsync(Listing listing, DateTime now, CancellationToken cancellationToken)
    {
        var start = Start(listing);
        ListingLifeCycle.Lapse(listing);
        foreach (var lead in await Recipients.LeadsOfAsync(db, listing.Id, cancellationToken))
        {
            await Outbox.AddAsync(db, new Email(lead.Email, $"{listing.Name} is hidden from search until you confirm it")
                .Paragraph($"Nobody has confirmed that {listing.Name} is running since {Date(start)}, so it no longer shows in search. Its page says it may have stopped and points people to similar groups.")
                .Link("It is still running", links.Absolute($"/answer/{listing.Id}/{oneClick.Create(listing.Id, OneClickAction.Confirm, now.AddDays(options.Value.OneClickLinkDays), lead.UserId)}"))
                .Link("It has closed", links.Absolute($"/answer/{listing.Id}/{oneClick.Create(listing.Id, OneClickAction.Close, now.AddDays(options.Value.OneClickLinkDays), lead.UserId)}"))
                .Link("Update the details (sign in)", links.Absolute($"/lead/{listing.Id}/edit"))
                .Paragraph("Thank you for keeping the directory honest."),
                $"lapsed:{listing.Id}:{start.Ticks}:{lead.UserId}", now, cancellationToken);
        }
        foreach (var moderator in await Recipients.ModeratorsAsync(db, cancellationToken))
        {
            await Outbox.AddAsync(db, new Email(moderator.Email, $"Lapsed: {listing.Name}")
                .Paragraph($"{listing.Name} (listing {listing.Id}) has had no confirmation since {Date(start)} and is now hidden from search.")
                .Link("See its history", links.Absolute($"/moderate/listings/{listing.Id}/history")),
                $"lapsed-moderator:{listing.Id}:{start.Ticks}:{moderator.UserId}", now, cancellationToken);
        }
    }

    private static string Date(DateTime utc) => UkCalendar.Written(utc);
}
