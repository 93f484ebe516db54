using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Account;

/// <summary>The password rules: long enough, not a common one, hashed slowly, and locked after repeated wrong guesses.</summary>
public sealed class PasswordTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
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
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        await app.CreateUserAsync("locked@example.com");
        var client = app.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync("locked@example.com", "a wrong long password");
        }

        var withRightPassword = await client.SignInAsync("locked@example.com");
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("don&#x27;t match a confirmed account", await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("locked@example.com"))!));
        });
    }

    [Fact]
    public void Passwords_are_hashed_with_at_least_210000_PBKDF2_iterations() =>
        Assert.True(app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiopasdfghjkl")]
    [InlineData("dragon12345678")]
    [InlineData("monkeymonkeymonkey")]
    public async Task A_common_password_is_refused_next_to_the_field(string common)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = $"common.{common}@example.com",
            ["Input.Password"] = common,
            ["Input.ConfirmPassword"] = common,
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one of the most common", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"common.{common}@example.com\"", html, StringComparison.Ordinal);
        Assert.Empty(await app.ReadAsync($"common.{common}@example.com"));
    }
}
