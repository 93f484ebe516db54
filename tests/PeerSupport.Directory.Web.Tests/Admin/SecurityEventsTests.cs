using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Tests.Admin;

/// <summary>The security event log: what it records for admins, and what it never keeps.</summary>
public sealed class SecurityEventsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Sign_ins_failures_lockouts_and_an_admins_suspension_are_logged_by_account_id_without_what_was_typed()
    {
        var id = await app.CreateLeadAsync("logged.person@example.com");
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("logged.person@example.com");
        for (var i = 0; i < 5; i++)
        {
            await app.CreateBrowserLikeClient().SignInAsync("logged.person@example.com", $"zqx secret number {i}");
        }
        await app.CreateBrowserLikeClient().SignInAsync("zqx.unknown.address@example.com", "zqx secret unknown");
        var (admin, adminId) = await app.SignedInAsNewUserAsync(Roles.Admin);
        await admin.PostFormAsync($"/admin/users/{id}?handler=Suspend", new Dictionary<string, string>());

        var events = await app.DbAsync(db => db.SecurityEvents.OrderBy(e => e.Id).ToListAsync());
        var mine = events.Where(e => e.UserId == id).Select(e => e.Kind).ToList();
        Assert.Equal([SecurityEvents.SignedIn, SecurityEvents.SignInFailed, SecurityEvents.SignInFailed, SecurityEvents.SignInFailed, SecurityEvents.SignInFailed, SecurityEvents.LockedOut, SecurityEvents.Suspended], mine);
        Assert.Equal($"user:{adminId}", events.Single(e => e.Kind == SecurityEvents.Suspended).ByUserId);
        Assert.Contains(events, e => e.UserId == null && e.Kind == SecurityEvents.SignInFailed);
        var everything = string.Join("|", events.Select(e => $"{e.Kind} {e.UserId} {e.ByUserId} {e.Detail}"));
        Assert.DoesNotContain("zqx", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", everything, StringComparison.Ordinal);

        var page = await admin.TextOfAsync($"/admin/security?account={id}");
        Assert.Contains("logged.person@example.com", page, StringComparison.Ordinal);
        Assert.Contains(SecurityEvents.LockedOut, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_events_older_than_the_kept_days_are_purged_and_newer_ones_stay()
    {
        var now = DateTime.UtcNow;
        await app.DbAsync(async db =>
        {
            db.SecurityEvents.AddRange(
                new SecurityEvent { At = now.AddDays(-366), Kind = "purge-test-old" },
                new SecurityEvent { At = now.AddDays(-364), Kind = "purge-test-recent" });
            return await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(services => services.GetRequiredService<SecurityEventPurgeJob>().RunAsync());

        var kinds = await app.DbAsync(db => db.SecurityEvents.Where(e => e.Kind.StartsWith("purge-test")).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["purge-test-recent"], kinds);
    }
}
