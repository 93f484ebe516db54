using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Tests.Account.Manage;

/// <summary>Two-step sign-in against someone who has the password, a used code, a signed-in computer or a copy of the database.</summary>
public sealed class TwoStepSignInTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    /// <summary>Turns two-step sign-in on with the code of this 30-second step; returns the key and the recovery codes shown.</summary>
    private async Task<(HttpClient Client, string Key, List<string> Codes)> TurnedOnAsync(string email)
    {
        await app.CreateLeadAsync(email);
        var client = await app.SignedInClientAsync(email);
        var (key, enabled) = await client.TurnOnTwoStepAsync();
        var codes = Regex.Matches(await enabled.Content.ReadAsStringAsync(), "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return (client, key, codes);
    }

    private async Task<HttpResponseMessage> SecondStepAsync(string email, string handler, string field, string code)
    {
        var client = app.CreateBrowserLikeClient();
        Assert.StartsWith("/account/login/two-factor", (await client.SignInAsync(email)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        return await client.PostFormAsync($"/account/login/two-factor?handler={handler}", new Dictionary<string, string> { [field] = code });
    }

    [Theory]
    [InlineData("RFC 6238, 59 s", 59L, "287082")]
    [InlineData("RFC 6238, 1111111109 s", 1111111109L, "081804")]
    [InlineData("RFC 6238, 1234567890 s", 1234567890L, "005924")]
    [InlineData("RFC 6238, 2000000000 s", 2000000000L, "279037")]
    public void Authenticator_codes_are_those_of_the_standard_that_the_apps_follow(string vector, long seconds, string expected)
    {
        // The standard's SHA-1 key, "12345678901234567890", in base32; its 8-digit answers end in these 6 digits.
        var code = Totp.Code(Totp.KeyFromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(seconds)));
        Assert.True(code == expected, $"{vector}: {code}");
    }

    [Fact]
    public async Task An_authenticator_code_that_has_been_used_once_is_refused_the_second_time()
    {
        var (_, key, _) = await TurnedOnAsync("replayed.code@example.com");
        var next = Authenticator.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("replayed.code@example.com", "Authenticator", "Code", next)).StatusCode);
        var replayed = await SecondStepAsync("replayed.code@example.com", "Authenticator", "Code", next);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("That code didn", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var older = await SecondStepAsync("replayed.code@example.com", "Authenticator", "Code", Authenticator.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Fact]
    public async Task At_a_signed_in_computer_nobody_can_turn_on_two_step_sign_in_or_make_new_recovery_codes_without_the_password()
    {
        await app.CreateLeadAsync("left.signed.in@example.com");
        var client = await app.SignedInClientAsync("left.signed.in@example.com");
        var key = Authenticator.SharedKeyOn(await client.GetStringAsync("/account/manage/two-factor"));

        var noPassword = await client.PostFormAsync("/account/manage/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow) });
        Assert.Contains(PasswordCheck.WrongMessage, await noPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Users.Where(u => u.Email == "left.signed.in@example.com").Select(u => u.TwoFactorEnabled).SingleAsync()));

        var (owner, _, codes) = await TurnedOnAsync("codes.kept@example.com");
        var renewed = await owner.PostFormAsync("/account/manage/two-factor?handler=RecoveryCodes", new Dictionary<string, string> { ["Password"] = "a guess at the password" });
        Assert.Contains(PasswordCheck.WrongMessage, await renewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("codes.kept@example.com", "Recovery", "RecoveryCode", codes[0])).StatusCode);
    }

    [Fact]
    public async Task Recovery_codes_are_stored_hashed_so_a_copy_of_the_database_holds_none_of_them()
    {
        var (_, _, codes) = await TurnedOnAsync("hashed.codes@example.com");

        var stored = await app.DbAsync(db => db.UserTokens.Where(t => t.Name == "RecoveryCodes" && db.Users.Any(u => u.Id == t.UserId && u.Email == "hashed.codes@example.com")).Select(t => t.Value).SingleAsync());
        Assert.Equal(10, stored!.Split(';').Length);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync("hashed.codes@example.com", "Recovery", "RecoveryCode", codes[3].ToLowerInvariant())).StatusCode);
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_the_lockout_so_they_cannot_be_guessed_without_end()
    {
        var (_, _, codes) = await TurnedOnAsync("recovery.guessed@example.com");

        for (var i = 0; i < 5; i++)
        {
            await SecondStepAsync("recovery.guessed@example.com", "Recovery", "RecoveryCode", $"AAAA{i}-BBBBB");
        }

        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("recovery.guessed@example.com"))!));
        });
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("recovery.guessed@example.com")).StatusCode);
    }
}
