using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// Writes the security event log (<see cref="SecurityEvent"/>): the one place events are recorded,
/// so what is kept (an account id, a kind, a short detail) and what never is (passwords, codes,
/// typed addresses, searches, IP addresses) is decided here. An entry is its own small commit,
/// added to whatever the caller's context is tracking: callers record after their change is saved.
/// </summary>
public sealed class SecurityLog(DirectoryDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task RecordAsync(string kind, string? userId, string detail = "")
    {
        var by = http.HttpContext?.User is { Identity.IsAuthenticated: true } user && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } actor && actor != userId
            ? ChangeActor.Of(user)
            : null;
        db.SecurityEvents.Add(new SecurityEvent { At = clock.GetUtcNow().UtcDateTime, Kind = kind, UserId = userId, ByUserId = by, Detail = detail.Length > 200 ? detail[..200] : detail });
        await db.SaveChangesAsync();
    }

    /// <summary>Removes entries older than <paramref name="days"/> (the daily purge job).</summary>
    public static Task<int> PurgeAsync(DirectoryDbContext db, DateTime now, int days) =>
        db.SecurityEvents.Where(e => e.At < now.AddDays(-days)).ExecuteDeleteAsync();
}
