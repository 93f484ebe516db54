using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Pages.Moderate;

/// <summary>
/// History and decisions name people by account id (<see cref="ChangeActor"/>), never by email, so
/// deleting an account leaves no address behind. Moderators see the current email of each author here.
/// </summary>
public static class ChangeAuthors
{
    /// <summary>Each author ("user:{id}", "import", "system") mapped to what a moderator should read.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(DirectoryDbContext db, IEnumerable<string?> authors, CancellationToken cancellationToken)
    {
        var distinct = authors.OfType<string>().Distinct().ToList();
        var ids = distinct.Select(ChangeActor.UserIdOf).OfType<string>().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        return distinct.ToDictionary(a => a, a => ChangeActor.UserIdOf(a) is { } id ? emails.GetValueOrDefault(id, "deleted account") : a);
    }
}
