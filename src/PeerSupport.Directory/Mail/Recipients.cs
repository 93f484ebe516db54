using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Mail;

/// <summary>
/// Who gets an email about a listing: its leads, or the moderators (admins moderate too).
/// Confirmed addresses only; moderators only while their role counts (two-step sign-in on, see
/// <see cref="Roles.NeedTwoStep"/>, and not suspended), so moderation mail goes to nobody who
/// could not open the pages it links to.
/// </summary>
public static class Recipients
{
    public sealed record Person(string UserId, string Email);

    public static Task<List<Person>> LeadsOfAsync(DirectoryDbContext db, int listingId, CancellationToken cancellationToken = default) =>
        db.ListingLeads.Where(l => l.ListingId == listingId && l.User!.Email != null && l.User.EmailConfirmed)
            .OrderBy(l => l.UserId).Select(l => new Person(l.UserId, l.User!.Email!)).ToListAsync(cancellationToken);

    public static Task<List<Person>> ModeratorsAsync(DirectoryDbContext db, CancellationToken cancellationToken = default) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         join user in db.Users.Where(DirectoryUser.StaffRolesCount) on userRole.UserId equals user.Id
         where (role.Name == Roles.Moderator || role.Name == Roles.Admin) && user.Email != null && user.EmailConfirmed
             && user.SuspendedAt == null
         orderby user.Id
         select new Person(user.Id, user.Email!)).Distinct().ToListAsync(cancellationToken);
}
