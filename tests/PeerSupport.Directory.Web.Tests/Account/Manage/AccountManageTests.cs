using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Account.Manage;

public sealed class AccountManageTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task Two_step_sign_in_takes_a_code_from_the_app_and_each_recovery_code_works_once()
    {
        await app.CreateLeadAsync("two.step@example.com");
        var client = await app.SignedInClientAsync("two.step@example.com");

        var setup = await client.GetStringAsync("/account/manage/two-factor");
        var key = Authenticator.SharedKeyOn(setup);
        Assert.Matches("^[A-Z2-7]{16,}$", key);
        Assert.Contains($"otpauth://totp/PeerSupport.Directory:two.step%40example.com?secret={key}", setup, StringComparison.Ordinal);
        var qr = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(setup), "src=\"data:image/svg\\+xml;base64,([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("<svg", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(qr)).TrimStart(), StringComparison.Ordinal);

        var wrong = await client.PostFormAsync("/account/manage/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow.AddHours(-1)), ["Password"] = SignIn.Password });
        Assert.Contains("That code didn", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enabled = await client.PostFormAsync("/account/manage/two-factor?handler=Enable", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow), ["Password"] = SignIn.Password });
        var recoveryCodes = System.Text.RegularExpressions.Regex.Matches(await enabled.Content.ReadAsStringAsync(), "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.True(await client.IsSignedInAsync());
        Assert.DoesNotContain(recoveryCodes[0], await client.GetStringAsync("/account/manage/two-factor"), StringComparison.Ordinal);

        // The password alone is no longer enough.
        var browser = app.CreateBrowserLikeClient();
        var firstStep = await browser.SignInAsync("two.step@example.com");
        Assert.StartsWith("/account/login/two-factor", firstStep.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());
        var withCode = await browser.PostFormAsync("/account/login/two-factor?handler=Authenticator", new Dictionary<string, string>
        {
            // The next step's code: the one used to turn it on works only once.
            ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)),
        });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.True(await browser.IsSignedInAsync());

        var laptop = app.CreateBrowserLikeClient();
        await laptop.SignInAsync("two.step@example.com");
        var withRecovery = await laptop.PostFormAsync("/account/login/two-factor?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCodes[0] });
        Assert.Equal(HttpStatusCode.Redirect, withRecovery.StatusCode);

        var again = app.CreateBrowserLikeClient();
        await again.SignInAsync("two.step@example.com");
        var reused = await again.PostFormAsync("/account/login/two-factor?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCodes[0] });
        Assert.Contains("Each code works only once", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await again.IsSignedInAsync());

        var disabled = await client.PostFormAsync("/account/manage/two-factor?handler=Disable", new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var passwordOnly = await app.CreateBrowserLikeClient().SignInAsync("two.step@example.com");
        Assert.Equal("/", passwordOnly.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_while_two_step_sign_in_stays_on()
    {
        await app.CreateLeadAsync("new.codes@example.com");
        var client = await app.SignedInClientAsync("new.codes@example.com");
        var (_, enabled) = await client.TurnOnTwoStepAsync();
        var oldCodes = RecoveryCodesIn(await enabled.Content.ReadAsStringAsync());
        Assert.Contains("handler=RecoveryCodes", await client.GetStringAsync("/account/manage/two-factor"), StringComparison.Ordinal);

        var renewed = await client.PostFormAsync("/account/manage/two-factor?handler=RecoveryCodes", new Dictionary<string, string> { ["Password"] = SignIn.Password });
        var renewedHtml = await renewed.Content.ReadAsStringAsync();
        var newCodes = RecoveryCodesIn(renewedHtml);

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains("Your old recovery codes no longer work", renewedHtml, StringComparison.Ordinal);
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.DoesNotContain(newCodes[0], await client.GetStringAsync("/account/manage/two-factor"), StringComparison.Ordinal);
        Assert.True(await client.IsSignedInAsync());

        var withOld = app.CreateBrowserLikeClient();
        await withOld.SignInAsync("new.codes@example.com");
        var oldAnswer = await withOld.PostFormAsync("/account/login/two-factor?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = oldCodes[1] });
        Assert.NotEqual(HttpStatusCode.Redirect, oldAnswer.StatusCode);
        Assert.False(await withOld.IsSignedInAsync());

        var withNew = app.CreateBrowserLikeClient();
        await withNew.SignInAsync("new.codes@example.com");
        var newAnswer = await withNew.PostFormAsync("/account/login/two-factor?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = newCodes[1] });
        Assert.Equal(HttpStatusCode.Redirect, newAnswer.StatusCode);
        Assert.True(await withNew.IsSignedInAsync());
    }

    [Fact]
    public async Task New_recovery_codes_need_two_step_sign_in_to_be_on()
    {
        await app.CreateLeadAsync("no.codes@example.com");
        var client = await app.SignedInClientAsync("no.codes@example.com");

        var response = await client.PostFormAsync("/account/manage/two-factor?handler=RecoveryCodes", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.UserTokens.CountAsync(t => t.Name == "RecoveryCodes" && db.Users.Any(u => u.Id == t.UserId && u.Email == "no.codes@example.com"))));
    }

    private static List<string> RecoveryCodesIn(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Changing_the_email_waits_for_the_new_address_to_confirm_and_tells_the_old_one()
    {
        await app.CreateLeadAsync("old.address@example.com");
        var client = await app.SignedInClientAsync("old.address@example.com");

        var wrongPassword = await client.PostFormAsync("/account/manage/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "new.address@example.com",
            ["Input.Password"] = "not the password at all",
        });
        var wrongHtml = await wrongPassword.Content.ReadAsStringAsync();
        Assert.Contains("That password is not right", wrongHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"new.address@example.com\"", wrongHtml, StringComparison.Ordinal);

        await client.PostFormAsync("/account/manage/email", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = "new.address@example.com",
            ["Input.Password"] = SignIn.Password,
        });
        await app.LatestAsync("old.address@example.com", "A change of email address was requested");
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().SignInAsync("old.address@example.com")).StatusCode);

        var link = Assert.Single((await app.LatestAsync("new.address@example.com", "Confirm your new email address")).Links());
        // Opening the link (a mail gateway's scan does) changes nothing; the account's password does.
        Assert.Contains("type your account", await client.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("new.address@example.com")).StatusCode);
        var wrongAtLink = await client.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = "not the password at all" });
        Assert.Contains("That password is not right", await wrongAtLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await client.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Contains("Email address changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.LatestAsync("old.address@example.com", "Your email address has changed");
        Assert.True(await client.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("old.address@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().SignInAsync("new.address@example.com")).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_account_offers_its_data_first_and_leaves_the_listings_it_led()
    {
        var userId = await app.CreateLeadAsync("goodbye@example.com");
        var listingId = await app.PublishedListingAsync("Goodbye Hearing Voices Group", userId);
        var client = await app.SignedInClientAsync("goodbye@example.com");

        var page = await client.GetStringAsync("/account/manage/delete");
        Assert.Contains("Goodbye Hearing Voices Group", page, StringComparison.Ordinal);
        Assert.Contains("The listings themselves stay in the directory", page, StringComparison.Ordinal);
        var download = await client.GetAsync("/account/manage/download");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        using var data = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal("goodbye@example.com", data.RootElement.GetProperty("account").GetProperty("email").GetString());
        var listing = Assert.Single(data.RootElement.GetProperty("listings").EnumerateArray());
        Assert.Equal("Goodbye Hearing Voices Group", listing.GetProperty("name").GetString());
        Assert.DoesNotContain("passwordHash", data.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var wrong = await client.PostFormAsync("/account/manage/delete", new Dictionary<string, string> { ["Password"] = "not the password at all" });
        Assert.Contains("That password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var deleted = await client.PostFormAsync("/account/manage/delete", new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Equal("/account/deleted", deleted.Headers.Location?.OriginalString);

        Assert.False(await client.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("goodbye@example.com")).StatusCode);
        await app.LatestAsync("goodbye@example.com", "Your account has been deleted");
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DirectoryDbContext>();
            Assert.True(await db.Listings.AnyAsync(l => l.Id == listingId));
            Assert.False(await db.ListingLeads.AnyAsync(l => l.UserId == userId));
            Assert.Null(await services.GetRequiredService<UserManager<DirectoryUser>>().FindByIdAsync(userId));
        });
    }

    [Fact]
    public async Task Wrong_passwords_on_the_delete_page_count_towards_the_sign_in_lockout_and_even_the_right_one_is_then_refused()
    {
        await app.CreateLeadAsync("guessed.at@example.com");
        var client = await app.SignedInClientAsync("guessed.at@example.com");

        var answers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/account/manage/delete", new Dictionary<string, string> { ["Password"] = $"guess number {i} at it" });
            answers.Add(PageText.Of(await wrong.Content.ReadAsStringAsync()));
        }
        Assert.All(answers[..4], a => Assert.Contains("That password is not right", a, StringComparison.Ordinal));
        Assert.Contains("Too many wrong passwords", answers[4], StringComparison.Ordinal);

        var right = await client.PostFormAsync("/account/manage/delete", new Dictionary<string, string> { ["Password"] = SignIn.Password });
        Assert.Contains("Too many wrong passwords", PageText.Of(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await app.WithScopeAsync(async services => Assert.NotNull(await services.GetRequiredService<UserManager<DirectoryUser>>().FindByEmailAsync("guessed.at@example.com")));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("guessed.at@example.com")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_but_keeps_this_one()
    {
        await app.CreateLeadAsync("changer@example.com");
        var otherDevice = await app.SignedInClientAsync("changer@example.com");
        var client = await app.SignedInClientAsync("changer@example.com");

        var wrong = await client.PostFormAsync("/account/manage/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password at all",
            ["Input.NewPassword"] = "a changed long password",
            ["Input.ConfirmPassword"] = "a changed long password",
        });
        Assert.Contains("That password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await otherDevice.IsSignedInAsync());

        var changed = await client.PostFormAsync("/account/manage/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = SignIn.Password,
            ["Input.NewPassword"] = "a changed long password",
            ["Input.ConfirmPassword"] = "a changed long password",
        });
        Assert.Contains("Your password has been changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await client.IsSignedInAsync());
        Assert.False(await otherDevice.IsSignedInAsync());
        await app.LatestAsync("changer@example.com", "Your password has been changed");
    }
}
