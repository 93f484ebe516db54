using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Account;

/// <summary>The site, counting every password hash it checks.</summary>
public sealed class HashCountingApp : DirectoryAppFactory
{
    private int count;

    public int Hashes => Volatile.Read(ref count);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(IPasswordHasher<DirectoryUser>));
            services.Remove(real);
            services.AddScoped<PasswordHasher<DirectoryUser>>();
            services.AddScoped<IPasswordHasher<DirectoryUser>>(s => new Counting(s.GetRequiredService<PasswordHasher<DirectoryUser>>(), () => Interlocked.Increment(ref count)));
        });
    }

    private sealed class Counting(PasswordHasher<DirectoryUser> inner, Action counted) : IPasswordHasher<DirectoryUser>
    {
        public string HashPassword(DirectoryUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(DirectoryUser user, string hashedPassword, string providedPassword)
        {
            counted();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>What signing in tells a stranger who types an address: nothing about the account behind it.</summary>
public sealed class SignInTests(HashCountingApp app) : IClassFixture<HashCountingApp>
{
    [Fact]
    public async Task Every_failed_sign_in_says_the_same_words_and_checks_one_password_hash_so_nobody_can_tell_who_has_an_account()
    {
        await app.CreateUserAsync("wrong.password@example.com");
        await app.CreateUserAsync("suspended.one@example.com");
        await app.CreateUserAsync("locked.out@example.com");
        await app.DbAsync(db => db.Users.Where(u => u.Email == "suspended.one@example.com").ExecuteUpdateAsync(s => s.SetProperty(u => u.SuspendedAt, DateTime.UtcNow)));
        await app.DbAsync(db => db.Users.Where(u => u.Email == "locked.out@example.com").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10))));
        var stranger = app.CreateBrowserLikeClient();
        await stranger.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = "never.confirmed@example.com",
            ["Input.Password"] = SignIn.Password,
            ["Input.ConfirmPassword"] = SignIn.Password,
        });

        var answers = new Dictionary<string, (HttpStatusCode Status, string Message, int Hashes)>();
        foreach (var (kind, email, password) in new[]
        {
            ("unknown address", "nobody.at.all@example.com", SignIn.Password),
            ("wrong password", "wrong.password@example.com", "not the right password"),
            ("unconfirmed", "never.confirmed@example.com", SignIn.Password),
            ("suspended", "suspended.one@example.com", SignIn.Password),
            ("locked", "locked.out@example.com", SignIn.Password),
        })
        {
            var client = app.CreateBrowserLikeClient();
            var page = await client.GetStringAsync("/account/login");
            var before = app.Hashes;
            var response = await client.PostFromPageAsync("/account/login", page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
            var hashes = app.Hashes - before;
            var text = PageText.Of(await response.Content.ReadAsStringAsync());
            answers[kind] = (response.StatusCode, text[text.IndexOf("There is a problem", StringComparison.Ordinal)..], hashes);
        }

        var first = answers["unknown address"];
        Assert.Contains("don't match a confirmed account", first.Message, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal((first.Status, first.Message, 1), a.Value));
    }

    [Fact]
    public async Task The_sign_in_that_locks_an_account_emails_its_owner_once_and_the_page_says_no_more_than_for_any_failure()
    {
        await app.CreateUserAsync("guessed.often@example.com");
        var client = app.CreateBrowserLikeClient();
        var texts = new List<string>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            texts.Add(PageText.Of(await (await client.SignInAsync("guessed.often@example.com", $"wrong guess {attempt}")).Content.ReadAsStringAsync()));
        }
        var withRightPassword = await client.SignInAsync("guessed.often@example.com");

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Single(texts.Distinct());
        Assert.DoesNotContain("locked", texts[0], StringComparison.OrdinalIgnoreCase);
        var notices = (await app.ReadAsync("guessed.often@example.com")).Where(m => m.Subject!.Contains("paused", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices);
        Assert.Contains("/account/forgot-password", notice.Links());
    }

    [Fact]
    public async Task A_suspended_account_gets_no_reset_link_and_one_sent_before_the_suspension_no_longer_works()
    {
        var id = await app.CreateUserAsync("suspend.me@example.com");
        var client = app.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "suspend.me@example.com" });
        var earlier = Assert.Single((await app.LatestAsync("suspend.me@example.com", "Reset your password")).Links());
        var admin = await app.SignedInAsync("suspending.admin@example.com", Roles.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}?handler=Suspend", new Dictionary<string, string>())).StatusCode);

        var asked = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "suspend.me@example.com" });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Single(await app.ReadAsync("suspend.me@example.com"), m => m.Subject == "Reset your password");
        var reset = await client.PostFormAsync(earlier, new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new long password",
            ["Input.ConfirmPassword"] = "a brand new long password",
        });
        Assert.Contains("This link has expired or has already been used", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("suspend.me@example.com", "a brand new long password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("suspend.me@example.com")).StatusCode);

        await admin.PostFormAsync($"/admin/users/{id}?handler=Lift", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("suspend.me@example.com")).StatusCode);
    }
}
