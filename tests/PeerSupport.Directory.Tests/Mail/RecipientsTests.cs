using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Tests.Mail;

public sealed class RecipientsTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public async Task Moderation_mail_goes_only_to_staff_whose_role_counts_two_step_on_and_not_suspended()
    {
        await using var db = directory.NewContext();
        var moderator = new IdentityRole(Roles.Moderator) { NormalizedName = Roles.Moderator.ToUpperInvariant() };
        var admin = new IdentityRole(Roles.Admin) { NormalizedName = Roles.Admin.ToUpperInvariant() };
        db.Roles.AddRange(moderator, admin);
        DirectoryUser Staff(string email, IdentityRole role, bool twoStep = true, bool suspended = false, bool confirmed = true)
        {
            var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = confirmed, TwoFactorEnabled = twoStep, SuspendedAt = suspended ? TestDirectory.Now.UtcDateTime : null };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            return user;
        }
        Staff("moderator@example.org", moderator);
        Staff("admin@example.org", admin);
        Staff("no.two.step@example.org", moderator, twoStep: false);
        Staff("suspended@example.org", admin, suspended: true);
        Staff("unconfirmed@example.org", moderator, confirmed: false);
        await db.SaveChangesAsync();

        var emails = (await Recipients.ModeratorsAsync(db)).Select(p => p.Email).Order(StringComparer.Ordinal);
        Assert.Equal(["admin@example.org", "moderator@example.org"], emails);
    }
}
