using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// History and decisions name people by account id ("user:{id}"), never by email, so deleting an
/// account leaves no address behind. Moderators see the current email of each author here.
/// </summary>
public static class ChangeAuthors
{
    public const string UserPrefix = "user:";

    /// <summary>How the signed-in moderator is recorded in DecidedBy, ReviewedBy, LastConfirmedBy and the history.</summary>
    public static string Of(ClaimsPrincipal user) => UserPrefix + user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Each author ("user:{id}", "import", "system") mapped to what a moderator should read.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(DirectoryDbContext db, IEnumerable<string?> authors, CancellationToken cancellationToken)
    {
        var distinct = authors.OfType<string>().Distinct().ToList();
        var ids = distinct.Where(a => a.StartsWith(UserPrefix, StringComparison.Ordinal)).Select(a => a[UserPrefix.Length..]).ToList();
        var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        return distinct.ToDictionary(a => a, a => a.StartsWith(UserPrefix, StringComparison.Ordinal)
            ? emails.GetValueOrDefault(a[UserPrefix.Length..], "deleted account")
            : a);
    }
}
