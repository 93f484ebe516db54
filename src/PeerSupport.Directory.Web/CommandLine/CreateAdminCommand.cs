using Microsoft.AspNetCore.Identity;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `create-admin &lt;email&gt;`: creates (or promotes) an admin account with no password and prints a
/// one-time link to set one. The link expires after a day and stops working once used.
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
        if (!await users.IsInRoleAsync(user, Roles.Admin))
        {
            await users.AddToRoleAsync(user, Roles.Admin);
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = AccountEmails.Encode(token);
        var links = scope.ServiceProvider.GetRequiredService<SiteLinks>();
        Console.WriteLine($"Admin account ready for {email}. Set its password within 24 hours at:");
        Console.WriteLine(links.Page("/Account/SetPassword", new { user = user.Id, code }));
        return Commands.Ok;
    }
}
