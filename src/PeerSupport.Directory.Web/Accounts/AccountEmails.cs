using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// The account emails more than one page sends. Each is queued in the outbox of the caller's
/// DbContext, so it commits with the change that causes it (see <see cref="AccountTransaction"/>).
/// Token links go to Site:PublicUrl, never to the request's host.
/// </summary>
public static class AccountEmails
{
    public static async Task QueueConfirmationAsync(DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, DirectoryUser user, DateTime now)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Page("/Account/ConfirmEmail", new { user = user.Id, code = Encode(token) });
        await Outbox.AddAsync(db, new Email(user.Email!, "Confirm your email address")
            .Paragraph("Thank you for creating an account to list your peer-support group.")
            .Link("Confirm your email address", link)
            .Paragraph("The link works for one day. If you did not create an account, ignore this email and nothing will happen."),
            $"account-confirm:{user.Id}:{now.Ticks}", now);
    }

    public static async Task QueuePasswordResetAsync(DirectoryDbContext db, UserManager<DirectoryUser> users, SiteLinks links, DirectoryUser user, DateTime now, string why)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.Page("/Account/ResetPassword", new { user = user.Id, code = Encode(token) });
        await Outbox.AddAsync(db, new Email(user.Email!, "Reset your password")
            .Paragraph(why)
            .Link("Choose a new password", link)
            .Paragraph("The link works for one day and only once. If you did not ask for this, ignore this email: your password stays as it is."),
            $"account-reset:{user.Id}:{now.Ticks}", now);
    }

    public static Task QueueNoticeAsync(DirectoryDbContext db, string to, string subject, string text, string key, DateTime now) =>
        Outbox.AddAsync(db, new Email(to, subject).Paragraph(text)
            .Paragraph("If this was not you, reset your password from the sign-in page and tell a moderator."), key, now);

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token from a link's code, or "" when the code was damaged (then Identity refuses it as invalid).</summary>
    public static string Decode(string? code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code ?? ""));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}

/// <summary>
/// One database transaction around UserManager calls and the outbox rows they cause (UserManager
/// saves through the same scoped DirectoryDbContext). Wrapped in the provider's execution strategy,
/// because SQL Server's retry-on-failure refuses a user transaction otherwise.
/// </summary>
public static class AccountTransaction
{
    /// <summary>Runs <paramref name="work"/>; commits when it returns true, rolls back when it returns false.</summary>
    public static Task<bool> RunAsync(DirectoryDbContext db, Func<Task<bool>> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!await work())
            {
                await transaction.RollbackAsync();
                return false;
            }
            await transaction.CommitAsync();
            return true;
        });
}

/// <summary>What answering one of our emails proves: the person holds the address, so the account becomes a confirmed Lead.</summary>
public static class AccountConfirmation
{
    /// <summary>Records that the account has just proved it holds its address (<see cref="DirectoryUser.EmailConfirmedAt"/>); the caller saves.</summary>
    public static void MarkConfirmed(DirectoryUser user, DateTime now)
    {
        user.EmailConfirmed = true;
        user.EmailConfirmedAt = now;
    }

    /// <summary>Marks the address confirmed now and gives the Lead role. Saves through UserManager.</summary>
    public static async Task<bool> ConfirmAsLeadAsync(UserManager<DirectoryUser> users, RoleManager<IdentityRole> roles, DirectoryUser user, DateTime now)
    {
        MarkConfirmed(user, now);
        if (!(await users.UpdateAsync(user)).Succeeded)
        {
            return false;
        }
        if (!await roles.RoleExistsAsync(Roles.Lead))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Lead));
        }
        return await users.IsInRoleAsync(user, Roles.Lead) || (await users.AddToRoleAsync(user, Roles.Lead)).Succeeded;
    }
}
