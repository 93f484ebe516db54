using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests;

/// <summary>Accounts for tests: confirmed users with a known password and roles, and clients signed in through the real login page.</summary>
public static class TestAccounts
{
    public const string Password = "a long enough test password";

    /// <summary>Creates a confirmed account with a password and the given roles; returns its id.</summary>
    public static async Task<string> CreateUserAsync(this DirectoryAppFactory app, string email, params string[] roles)
    {
        var id = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
            var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            foreach (var role in roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    await roleManager.CreateAsync(new IdentityRole(role));
                }
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
            id = user.Id;
        });
        return id;
    }

    /// <summary>Signs in through the real login page; the client keeps the cookie.</summary>
    public static async Task<HttpClient> SignInAsync(this DirectoryAppFactory app, string email)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(this DirectoryAppFactory app, string email, params string[] roles)
    {
        await app.CreateUserAsync(email, roles);
        return await app.SignInAsync(email);
    }

    /// <summary>Imports a listing waiting for moderation and makes <paramref name="leadEmail"/>'s account its lead.</summary>

    /// <summary>An account with the Lead role (as a confirmed registration gives), plus any other roles; returns its id.</summary>
    public static Task<string> CreateLeadAsync(this DirectoryAppFactory app, string email, params string[] extraRoles) =>
        app.CreateUserAsync(email, [Roles.Lead, .. extraRoles]);
}
