using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `create-admin &lt;email&gt;`: creates the account if needed (with no password) and prints a one-time
/// link; the Admin role counts once the link is used, which also replaces the account's password,
/// ends its sessions and turns off its second factor (<see cref="AdminHandover"/>). The link
/// expires after a day and stops working once used.
/// </summary>
public sealed class CreateAdminCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DirectoryUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var email = Argument.Trim();
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            await Console.Error.WriteLineAsync($"'{email}' is not an email address.");
            return Commands.Failed;
        }
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
                return Commands.Failed;
            }
        }
        var code = await AdminHandover.CodeAsync(users, user);
        var links = scope.ServiceProvider.GetRequiredService<SiteLinks>();
        Console.WriteLine($"Admin account ready for {email}. It becomes an admin when a password is set, within 24 hours, at:");
        Console.WriteLine(links.Page("/Account/SetPassword", new { user = user.Id, code }));
        Console.WriteLine("Setting it replaces any password the account had, signs it out everywhere and turns off its two-step sign-in.");
        return Commands.Ok;
    }
}
