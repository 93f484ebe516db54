using System.Net;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Admin;

/// <summary>Admins find accounts, suspend them and lift it, and give and take the moderator and admin roles.</summary>
public sealed class AdminUsersTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    private HttpClient admin = null!;
    private string adminId = "";

    public async Task InitializeAsync()
    {
        var email = $"admin.{Guid.NewGuid():N}@example.com";
        adminId = await app.CreateUserAsync(email, Roles.Admin);
        admin = await app.SignedInClientAsync(email);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Users_are_found_by_part_of_their_email_with_their_roles_and_lock_state()
    {
        await app.CreateUserAsync("findable.person@example.org", Roles.Lead, Roles.Moderator);
        await app.CreateUserAsync("someone.else@example.net");

        var text = await admin.TextOfAsync("/admin/users?email=FINDABLE");

        Assert.Contains("findable.person@example.org", text, StringComparison.Ordinal);
        Assert.Contains("Lead, Moderator", text, StringComparison.Ordinal);
        Assert.DoesNotContain("someone.else@example.net", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspending_an_account_ends_its_open_session_and_lifting_it_lets_it_sign_in_again()
    {
        var id = await app.CreateUserAsync("to.lock@example.com", Roles.Moderator);
        var session = await app.SignedInClientAsync("to.lock@example.com");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/moderate")).StatusCode);

        var locked = await admin.PostFormAsync($"/admin/users/{id}?handler=Suspend", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var afterLock = await session.GetAsync("/moderate");
        Assert.Equal(HttpStatusCode.Redirect, afterLock.StatusCode);
        Assert.StartsWith("/account/login", afterLock.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Suspended", await admin.TextOfAsync("/admin/users?email=to.lock"), StringComparison.Ordinal);

        await admin.PostFormAsync($"/admin/users/{id}?handler=Lift", new Dictionary<string, string>());
        var again = await app.SignedInClientAsync("to.lock@example.com");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/moderate")).StatusCode);
    }

    [Fact]
    public async Task Giving_and_taking_the_moderator_role_changes_what_an_open_session_may_do()
    {
        var id = await app.CreateUserAsync("promoted.lead@example.com", twoStep: true, Roles.Lead);
        var session = await app.SignedInClientAsync("promoted.lead@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/moderate")).StatusCode);

        await admin.PostFormAsync($"/admin/users/{id}?handler=AddRole", new Dictionary<string, string> { ["role"] = Roles.Moderator });
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/moderate")).StatusCode);

        await admin.PostFormAsync($"/admin/users/{id}?handler=RemoveRole", new Dictionary<string, string> { ["role"] = Roles.Moderator });
        var denied = await session.GetAsync("/moderate");
        Assert.StartsWith("/account/access-denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_moderator_and_admin_roles_are_handed_out_here()
    {
        var id = await app.CreateUserAsync("no.superpowers@example.com");

        var response = await admin.PostFormAsync($"/admin/users/{id}?handler=AddRole", new Dictionary<string, string> { ["role"] = "Superuser" });

        Assert.Contains("Choose Moderator or Admin.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.DbAsync(db => db.UserRoles.Where(r => r.UserId == id).ToListAsync()));
    }

    [Fact]
    public async Task An_admin_can_turn_off_the_two_step_sign_in_of_someone_who_lost_their_phone_and_they_are_told()
    {
        var id = await app.CreateLeadAsync("lost.phone@example.com");
        var session = await app.SignedInClientAsync("lost.phone@example.com");
        await session.TurnOnTwoStepAsync();
        Assert.StartsWith("/account/login/two-factor", (await app.CreateBrowserLikeClient().SignInAsync("lost.phone@example.com")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        var admin = await app.SignedInAsync("phone.admin@example.com", Roles.Admin);

        var reset = await admin.PostFormAsync($"/admin/users/{id}?handler=ResetTwoFactor", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False(await session.IsSignedInAsync());
        Assert.Equal("/", (await app.CreateBrowserLikeClient().SignInAsync("lost.phone@example.com")).Headers.Location?.OriginalString);
        Assert.Contains("turned off two-step sign-in", (await app.LatestAsync("lost.phone@example.com", "Two-step sign-in was reset")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_or_suspend_themselves()
    {
        var removed = await admin.PostFormAsync($"/admin/users/{adminId}?handler=RemoveRole", new Dictionary<string, string> { ["role"] = Roles.Admin });
        var locked = await admin.PostFormAsync($"/admin/users/{adminId}?handler=Suspend", new Dictionary<string, string>());

        Assert.Contains("You cannot remove your own Admin role", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("You cannot suspend your own account", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }
}
