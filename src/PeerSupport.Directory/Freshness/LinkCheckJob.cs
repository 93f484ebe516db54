using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Freshness;

/// <summary>
/// Weekly: checks the website and booking links of published listings, four at a time. Two
/// failures in a row flag the link to the listing's leads and the moderators, once; a link
/// that works again is unflagged. A link checked in the last six days is left alone, so a
/// second run (or a second server) counts no failure twice; each result is saved against the
/// row's LastCheckedAt, so of two runners only one records it.
/// </summary>
public sealed class LinkCheckJob(DirectoryDbContext db, LinkProbe probe, IAbsoluteLinks links, TimeProvider clock, ILogger<LinkCheckJob> logger)
{
    public const string RecurringId = "link-check";
    public const int FailuresToFlag = 2;
    public const int Concurrency = 4;
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromDays(6);

    public sealed record Result(int Checked, int Failed, int Flagged);

    [AutomaticRetry(Attempts = 1)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await FollowListingsAsync(cancellationToken);
        var due = await db.LinkChecks.AsNoTracking().Where(c => c.LastCheckedAt <= now - MinimumInterval).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<int, LinkProbe.Outcome>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (check, token) => outcomes[check.Id] = await probe.CheckAsync(check.Url, token));

        var (failed, flagged) = (0, 0);
        foreach (var check in due)
        {
            var outcome = outcomes[check.Id];
            failed += outcome.Works ? 0 : 1;
            flagged += await RecordAsync(check.Id, outcome, now, cancellationToken) ? 1 : 0;
        }
        logger.LogInformation("Link check: {Checked} checked, {Failed} failed, {Flagged} newly flagged.", due.Count, failed, flagged);
        return new Result(due.Count, failed, flagged);
    }

    /// <summary>One row per website or booking link of each published listing; rows for links that went are dropped.</summary>
    private async Task FollowListingsAsync(CancellationToken cancellationToken)
    {
        var wanted = await db.ListingContacts
            .Where(c => c.Kind == ContactKind.Website || c.Kind == ContactKind.Booking)
            .Where(c => db.Listings.Any(l => l.Id == c.ListingId && l.Status == ListingStatus.Published))
            .Select(c => new { c.ListingId, Url = c.Value }).Distinct().ToListAsync(cancellationToken);
        var existing = await db.LinkChecks.ToListAsync(cancellationToken);
        var have = existing.Select(c => (c.ListingId, c.Url)).ToHashSet();
        var want = wanted.Select(w => (w.ListingId, w.Url)).ToHashSet();
        db.LinkChecks.RemoveRange(existing.Where(c => !want.Contains((c.ListingId, c.Url))));
        db.LinkChecks.AddRange(want.Where(w => !have.Contains(w)).Select(w => new LinkCheck { ListingId = w.ListingId, Url = w.Url, LastCheckedAt = DateTime.UnixEpoch }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <returns>True when this result newly flags the link.</returns>
    private async Task<bool> RecordAsync(int id, LinkProbe.Outcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var check = await db.LinkChecks.SingleOrDefaultAsync(c => c.Id == id && c.LastCheckedAt <= now - MinimumInterval, cancellationToken);
        if (check is null)
        {
            return false;
        }
        check.LastCheckedAt = now;
        check.LastResult = outcome.Result;
        check.ConsecutiveFailures = outcome.Works ? 0 : check.ConsecutiveFailures + 1;
        var flag = !outcome.Works && check.ConsecutiveFailures >= FailuresToFlag && check.FlaggedAt is null;
        if (outcome.Works)
        {
            check.FlaggedAt = null;
        }
        if (flag)
        {
            check.FlaggedAt = now;
            await QueueFlagEmailsAsync(check, now, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return flag;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task QueueFlagEmailsAsync(LinkCheck check, DateTime now, CancellationToken cancellationToken)
    {
        var name = await db.Listings.Where(l => l.Id == check.ListingId).Select(l => l.Name).SingleAsync(cancellationToken);
        var what = $"The link {check.Url} on {name}'s listing has not worked in our last {check.ConsecutiveFailures} weekly checks (last result: {check.LastResult}).";
        foreach (var lead in await Recipients.LeadsOfAsync(db, check.ListingId, cancellationToken))
        {
            await Outbox.AddAsync(db, new Email(lead.Email, $"A link on {name} is not working")
                .Paragraph(what)
                .Paragraph("People who follow it may think the group has stopped. If the address has changed, please update it.")
                .Link("Update the listing (sign in)", links.Absolute($"/lead/{check.ListingId}/edit")),
                $"link-failed:{check.Id}:{now.Ticks}:{lead.UserId}", now, cancellationToken);
        }
        foreach (var moderator in await Recipients.ModeratorsAsync(db, cancellationToken))
        {
            await Outbox.AddAsync(db, new Email(moderator.Email, $"Broken link: {name}")
                .Paragraph(what)
                .Link("Freshness dashboard", links.Absolute("/admin/freshness")),
                $"link-failed-moderator:{check.Id}:{now.Ticks}:{moderator.UserId}", now, cancellationToken);
        }
    }
}
