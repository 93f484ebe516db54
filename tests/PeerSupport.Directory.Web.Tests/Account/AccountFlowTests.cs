using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Account;

public sealed class AccountFlowTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static Dictionary<string, string> Registration(string email, string password = SignIn.Password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task The_confirmation_email_is_sent_right_after_registering_not_at_the_next_minutely_delivery()
    {
        // The minutely delivery job runs from the turn of each minute to about 15 s after it
        // (Hangfire polls its schedule every 15 s): register between 20 and 45 s past the minute,
        // so only the site's own sender can have sent it within 10 s.
        while (DateTime.UtcNow.Second is < 20 or > 45)
        {
            await Task.Delay(250);
        }
        var client = app.CreateBrowserLikeClient();
        var started = DateTime.UtcNow;
        await client.PostFormAsync("/account/register", Registration("sent.at.once@example.com"));

        // Nothing here runs the delivery.
        DateTime? sent = null;
        while (sent is null && DateTime.UtcNow - started < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            sent = await app.DbAsync(db => db.OutboxMessages.Where(m => m.To == "sent.at.once@example.com").Select(m => m.SentAt).SingleOrDefaultAsync());
        }
        Assert.NotNull(sent);
    }

    [Fact]
    public async Task A_lead_registers_confirms_by_the_emailed_link_and_then_signs_in_as_a_lead()
    {
        var client = app.CreateBrowserLikeClient();
        var registered = await client.PostFormAsync("/account/register", Registration("confirm.me@example.com"));
        Assert.Equal("/account/check-email", registered.Headers.Location?.OriginalString);

        var beforeConfirming = await client.SignInAsync("confirm.me@example.com");
        Assert.Equal(HttpStatusCode.OK, beforeConfirming.StatusCode);
        Assert.Contains("don&#x27;t match a confirmed account", await beforeConfirming.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var email = await app.LatestAsync("confirm.me@example.com", "Confirm your email address");
        var link = Assert.Single(email.Links());
        Assert.StartsWith("/account/confirm-email?", link, StringComparison.Ordinal);
        var confirmed = await client.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Contains("Email address confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("confirm.me@example.com")).StatusCode);
        Assert.Contains("Your listings", await client.GetStringAsync("/"), StringComparison.Ordinal);
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("confirm.me@example.com"))!, Roles.Lead));
        });
    }

    [Fact]
    public async Task Opening_the_confirmation_link_confirms_nothing_until_the_accounts_password_is_typed_and_a_wrong_one_counts_towards_lockout()
    {
        // A stranger registers someone else's address with the stranger's own password; the
        // address's owner (or their mail gateway's link scanner) opens the emailed link.
        var stranger = app.CreateBrowserLikeClient();
        await stranger.PostFormAsync("/account/register", Registration("opened.by.scanner@example.com", "the strangers long password"));
        var link = Assert.Single((await app.LatestAsync("opened.by.scanner@example.com", "Confirm your email address")).Links());
        var owner = app.CreateBrowserLikeClient();

        var opened = await owner.GetStringAsync(link);
        Assert.Contains("type the password you chose", opened, StringComparison.Ordinal);
        Assert.Contains("/account/forgot-password", opened, StringComparison.Ordinal);
        await owner.GetStringAsync(link);
        Assert.Equal(HttpStatusCode.OK, (await stranger.SignInAsync("opened.by.scanner@example.com", "the strangers long password")).StatusCode);

        var guessed = await owner.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = "a guess at the password" });
        Assert.Contains("That password is not right", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.WithScopeAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<DirectoryUser>>().FindByEmailAsync("opened.by.scanner@example.com");
            Assert.False(user!.EmailConfirmed);
            Assert.Null(user.EmailConfirmedAt);
            Assert.Equal(1, user.AccessFailedCount);
        });

        var confirmed = await stranger.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = "the strangers long password" });
        Assert.Contains("Email address confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.WithScopeAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<DirectoryUser>>().FindByEmailAsync("opened.by.scanner@example.com");
            Assert.True(user!.EmailConfirmed);
            Assert.NotNull(user.EmailConfirmedAt);
            Assert.InRange(DateTime.UtcNow - user.EmailConfirmedAt!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(5));
            Assert.Equal(0, user.AccessFailedCount);
        });
    }

    [Fact]
    public async Task A_damaged_confirmation_link_confirms_nothing()
    {
        var client = app.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/register", Registration("damaged.link@example.com"));
        var link = Assert.Single((await app.LatestAsync("damaged.link@example.com", "Confirm your email")).Links());

        Assert.Contains("This link doesn", await client.GetStringAsync(link[..^6]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("damaged.link@example.com")).StatusCode);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_exactly_the_same_and_tells_the_owner()
    {
        await app.CreateLeadAsync("already.here@example.com");
        var client = app.CreateBrowserLikeClient();

        var forExisting = await client.PostFormAsync("/account/register", Registration("already.here@example.com", "a different long password"));
        var forNew = await client.PostFormAsync("/account/register", Registration("brand.new@example.com", "a different long password"));

        Assert.Equal(forNew.StatusCode, forExisting.StatusCode);
        Assert.Equal(forNew.Headers.Location, forExisting.Headers.Location);
        var note = await app.LatestAsync("already.here@example.com", "Reset your password");
        Assert.Contains("tried to create a new account", note.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("/account/reset-password?", Assert.Single(note.Links()), StringComparison.Ordinal);
        // The owner's password is untouched.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("already.here@example.com")).StatusCode);
    }

    [Fact]
    public async Task Someone_who_registered_an_address_first_loses_it_when_the_owner_registers_and_chooses_a_password()
    {
        var stranger = app.CreateBrowserLikeClient();
        await stranger.PostFormAsync("/account/register", Registration("taken.first@example.com", "the strangers long password"));
        var owner = app.CreateBrowserLikeClient();

        var ownerRegisters = await owner.PostFormAsync("/account/register", Registration("taken.first@example.com", "the owners long password"));
        Assert.Equal("/account/check-email", ownerRegisters.Headers.Location?.OriginalString);

        var note = await app.LatestAsync("taken.first@example.com", "Reset your password");
        Assert.Contains("waiting for confirmation", note.TextBody, StringComparison.Ordinal);
        var reset = await owner.PostFormAsync(Assert.Single(note.Links()), new Dictionary<string, string>
        {
            ["Input.Password"] = "the owners long password",
            ["Input.ConfirmPassword"] = "the owners long password",
        });
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await stranger.SignInAsync("taken.first@example.com", "the strangers long password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync("taken.first@example.com", "the owners long password")).StatusCode);
        Assert.Contains("Your listings", await owner.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resending_the_confirmation_answers_the_same_for_unknown_addresses_and_sends_a_working_link()
    {
        var client = app.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/register", Registration("resend.me@example.com"));

        var known = await client.PostFormAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = "resend.me@example.com" });
        var unknown = await client.PostFormAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = "nobody.here@example.com" });
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);

        var emails = (await app.ReadAsync("resend.me@example.com")).Where(m => m.Subject == "Confirm your email address").ToList();
        Assert.Equal(2, emails.Count);
        var confirmed = await client.PostFormAsync(emails[^1].Links()[0], new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Contains("Email address confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.ReadAsync("nobody.here@example.com"));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_by_the_emailed_link_and_every_other_session_ends()
    {
        await app.CreateLeadAsync("forgetful@example.com");
        var otherDevice = await app.SignedInClientAsync("forgetful@example.com");
        var client = app.CreateBrowserLikeClient();

        var known = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "forgetful@example.com" });
        var unknown = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "not.registered@example.com" });
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        Assert.Empty(await app.ReadAsync("not.registered@example.com"));

        var link = Assert.Single((await app.LatestAsync("forgetful@example.com", "Reset your password")).Links());
        var reset = await client.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new long password",
            ["Input.ConfirmPassword"] = "a brand new long password",
        });
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.False(await otherDevice.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("forgetful@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("forgetful@example.com", "a brand new long password")).StatusCode);
        var reused = await app.CreateBrowserLikeClient().PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "yet another long password",
            ["Input.ConfirmPassword"] = "yet another long password",
        });
        Assert.Contains("expired or has already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_makes_a_copied_cookie_stop_working()
    {
        await app.CreateLeadAsync("leaver@example.com");
        var client = app.CreateBrowserLikeClient();
        var login = await client.SignInAsync("leaver@example.com");
        var authCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-psd-auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateBrowserLikeClient();
        copy.DefaultRequestHeaders.Add("Cookie", authCookie);
        Assert.True(await copy.IsSignedInAsync());

        var signOut = await client.PostFormAsync("/account/manage", action: "/account/logout", fields: new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(await client.IsSignedInAsync());
        Assert.False(await copy.IsSignedInAsync());
    }

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
}
