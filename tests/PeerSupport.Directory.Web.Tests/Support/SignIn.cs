using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// Accounts for tests and the one way to sign in: confirmed accounts with a known password and
/// roles, signed in through the real login page, so every signed-in client holds a real cookie.
/// Moderators and admins have two-step sign-in on, as the site requires for their roles to count,
/// and sign in through the second step with a recovery code made for that sign-in.
/// </summary>
public static class SignIn
{
    public const string Password = "a long enough test password";

    /// <summary>
    /// A confirmed account with exactly these roles (none when none are named), with two-step
    /// sign-in on when a role needs it (<see cref="Roles.NeedTwoStep"/>); returns its id.
    /// </summary>
    public static Task<string> CreateUserAsync(this DirectoryAppFactory app, string email, params string[] roles) =>
        app.CreateUserAsync(email, twoStep: roles.Any(Roles.NeedTwoStep.Contains), roles);

    /// <summary>A confirmed account with exactly these roles, and two-step sign-in on or off as said; returns its id.</summary>
    public static async Task<string> CreateUserAsync(this DirectoryAppFactory app, string email, bool twoStep, params string[] roles)
    {
        var id = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
            var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            foreach (var role in roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    await roleManager.CreateAsync(new IdentityRole(role));
                }
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }
            if (twoStep)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            }
            id = user.Id;
        });
        return id;
    }

    /// <summary>An account with the Lead role, as a confirmed registration gives, plus any other roles; returns its id.</summary>
    public static Task<string> CreateLeadAsync(this DirectoryAppFactory app, string email, params string[] extraRoles) =>
        app.CreateUserAsync(email, [Roles.Lead, .. extraRoles]);

    /// <summary>Posts the sign-in form; the response is a redirect when it worked.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>
    /// A new client signed in as an existing account, through the second step when the account
    /// has two-step sign-in on; fails the test if signing in does not work.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(this DirectoryAppFactory app, string email, string password = Password)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} gave {(int)response.StatusCode}, not a redirect.");
        if (response.Headers.Location?.OriginalString.StartsWith(SecondStep, StringComparison.Ordinal) == true)
        {
            var second = await client.PostFormAsync($"{SecondStep}?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = await app.RecoveryCodeAsync(email) });
            Assert.True(second.StatusCode == HttpStatusCode.Redirect, $"The second step for {email} gave {(int)second.StatusCode}, not a redirect.");
        }
        return client;
    }

    private const string SecondStep = "/account/login/two-factor";

    /// <summary>The account's authenticator key, as its authenticator app holds it.</summary>
    public static async Task<string> AuthenticatorKeyAsync(this DirectoryAppFactory app, string email)
    {
        var key = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator.");
        });
        return key;
    }

    /// <summary>A new recovery code for the account (its others stop working), as if read off its saved list.</summary>
    public static async Task<string> RecoveryCodeAsync(this DirectoryAppFactory app, string email)
    {
        var code = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1))!.Single();
        });
        return code;
    }

    /// <summary>A new account with exactly these roles, and a client signed in as it.</summary>
    public static async Task<HttpClient> SignedInAsync(this DirectoryAppFactory app, string email, params string[] roles)
    {
        await app.CreateUserAsync(email, roles);
        return await app.SignedInClientAsync(email);
    }

    /// <summary>A new account (its address made up) with these roles, a client signed in as it, and its id.</summary>
    public static async Task<(HttpClient Client, string UserId)> SignedInAsNewUserAsync(this DirectoryAppFactory app, params string[] roles)
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var userId = await app.CreateUserAsync(email, roles);
        return (await app.SignedInClientAsync(email), userId);
    }

    /// <summary>True when the client's cookie still opens a page that needs an account.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client) =>
        (await client.GetAsync("/account/manage")).StatusCode == HttpStatusCode.OK;
}
