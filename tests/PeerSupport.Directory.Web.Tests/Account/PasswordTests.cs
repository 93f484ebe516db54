using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Account;

public sealed class AccountsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Registering_does_not_sign_in_until_the_email_is_confirmed()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "new.lead@example.com",
            ["Input.Password"] = "correct horse battery",
            ["Input.ConfirmPassword"] = "correct horse battery",
        });

        Assert.Equal("/account/check-email", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("Sign out", await client.GetStringAsync("/"), StringComparison.Ordinal);
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var user = await users.FindByEmailAsync("new.lead@example.com");
            Assert.False(user!.EmailConfirmed);
            Assert.False(await users.IsInRoleAsync(user, Roles.Lead));
        });
    }

    [Fact]
    public async Task A_short_password_is_refused_next_to_the_field_and_the_email_is_kept()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "short@example.com",
            ["Input.Password"] = "Sh0rt!",
            ["Input.ConfirmPassword"] = "Sh0rt!",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Use at least 12 characters", html, StringComparison.Ordinal);
        Assert.Contains("value=\"short@example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        await app.CreateUserAsync("locked@example.com");
        var client = app.CreateBrowserLikeClient();
        string html = "";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            html = await (await client.SignInAsync("locked@example.com", "a wrong long password")).Content.ReadAsStringAsync();
        }
        Assert.Contains("locked for 15 minutes", html, StringComparison.Ordinal);

        var withRightPassword = await client.SignInAsync("locked@example.com");
        Assert.Contains("locked for 15 minutes", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_are_hashed_with_at_least_210000_PBKDF2_iterations() =>
        Assert.True(app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);
}
