using System.Net;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Account;

/// <summary>
/// Moderation and admin pages show people's messages, reports and accounts, so a stolen password
/// alone must not open them: the moderator and admin roles count only while the account has
/// two-step sign-in on, everywhere a role is checked.
/// </summary>
public sealed class StaffTwoStepTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_moderator_signed_in_with_only_a_password_is_refused_moderation_and_told_to_turn_on_two_step_sign_in()
    {
        var email = NewEmail("password.only.moderator");
        await app.CreateUserAsync(email, twoStep: false, Roles.Lead, Roles.Moderator);
        var client = await app.SignedInClientAsync(email);

        var refused = await client.GetAsync("/moderate");

        Assert.StartsWith("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var denied = await client.GetAsync(refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var text = PageText.Of(await denied.Content.ReadAsStringAsync());
        Assert.Contains("Turn on two-step sign-in to use this page", text, StringComparison.Ordinal);
        Assert.Contains("Your account is a moderator", text, StringComparison.Ordinal);
        Assert.Contains("Turn on two-step sign-in", PageText.Of(await client.GetStringAsync("/account/manage")), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/moderate\"", await client.GetStringAsync("/account/manage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_on_two_step_sign_in_opens_moderation_in_the_same_session()
    {
        var email = NewEmail("turns.it.on");
        await app.CreateUserAsync(email, twoStep: false, Roles.Moderator);
        var client = await app.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/moderate")).StatusCode);

        var (_, answer) = await client.TurnOnTwoStepAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/moderate")).StatusCode);
    }

    [Fact]
    public async Task An_admin_signed_in_with_only_a_password_cannot_open_admin_pages_or_the_jobs_dashboard()
    {
        var email = NewEmail("password.only.admin");
        await app.CreateUserAsync(email, twoStep: false, Roles.Admin);
        var client = await app.SignedInClientAsync(email);

        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/admin/users")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/jobs")).StatusCode);
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/moderate")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_without_two_step_sign_in_cannot_edit_a_listing_someone_else_leads()
    {
        var leadId = await app.CreateLeadAsync(NewEmail("the.real.lead"));
        var listing = await app.PublishedListingAsync("Someone else's group", leadId);
        var email = NewEmail("password.only.editor");
        await app.CreateUserAsync(email, twoStep: false, Roles.Lead, Roles.Moderator);
        var withoutSecondStep = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await withoutSecondStep.GetAsync($"/lead/{listing}/edit")).StatusCode);

        await withoutSecondStep.TurnOnTwoStepAsync();
        Assert.Equal(HttpStatusCode.OK, (await withoutSecondStep.GetAsync($"/lead/{listing}/edit")).StatusCode);
    }

    [Fact]
    public async Task Turning_two_step_sign_in_off_ends_moderation_in_the_open_session_at_once()
    {
        var email = NewEmail("turns.it.off");
        await app.CreateUserAsync(email, Roles.Moderator);
        var client = await app.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/moderate")).StatusCode);
        Assert.Contains("cannot open them", PageText.Of(await client.GetStringAsync("/account/manage/two-factor")), StringComparison.Ordinal);

        await client.PostFormAsync("/account/manage/two-factor?handler=Disable", new Dictionary<string, string> { ["Password"] = SignIn.Password });

        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/moderate")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_admin_resets_a_moderators_second_factor_they_sign_in_without_moderation_until_they_set_a_new_one()
    {
        var email = NewEmail("reset.moderator");
        var id = await app.CreateUserAsync(email, Roles.Moderator);
        var admin = await app.SignedInAsync(NewEmail("resetting.admin"), Roles.Admin);

        await admin.PostFormAsync($"/admin/users/{id}?handler=ResetTwoFactor", new Dictionary<string, string>());
        var client = await app.SignedInClientAsync(email);

        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/moderate")).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
