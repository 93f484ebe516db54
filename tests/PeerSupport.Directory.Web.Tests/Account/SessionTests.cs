using System.Net;

namespace PeerSupport.Directory.Web.Tests.Account;

/// <summary>What a sign-in cookie is and how long it lasts, on a clock the tests move.</summary>
public sealed class SessionTests(TimeTravelDirectoryApp app) : IClassFixture<TimeTravelDirectoryApp>
{
    [Fact]
    public async Task The_sign_in_cookie_is_host_only_https_only_and_hidden_from_scripts_so_another_subdomain_cannot_plant_or_read_it()
    {
        await app.CreateLeadAsync("cookie.reader@example.com");
        var login = await app.CreateBrowserLikeClient().SignInAsync("cookie.reader@example.com");

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-psd-auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie, StringComparison.Ordinal);
        Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        var antiforgery = (await app.CreateBrowserLikeClient().GetAsync("/account/login")).Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("psd-af", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_in_use_every_hour_still_ends_twelve_hours_after_signing_in()
    {
        await app.CreateLeadAsync("all.day@example.com");
        var client = await app.SignedInClientAsync("all.day@example.com");

        var signedInAfter = new List<int>();
        for (var hour = 1; hour <= 13; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            if (await client.IsSignedInAsync())
            {
                signedInAfter.Add(hour);
            }
        }

        Assert.Equal(Enumerable.Range(1, 11), signedInAfter);
        // A new sign-in starts a new 12 hours.
        var again = await app.SignedInClientAsync("all.day@example.com");
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await again.IsSignedInAsync());
    }

    [Fact]
    public async Task Pages_for_a_signed_in_person_and_the_results_page_are_never_stored_by_a_browser_or_proxy_but_public_pages_may_be()
    {
        await app.CreateLeadAsync("no.store@example.com");
        var signedIn = await app.SignedInClientAsync("no.store@example.com");
        var anonymous = app.CreateBrowserLikeClient();

        foreach (var (client, path) in new[] { (signedIn, "/account/manage"), (signedIn, "/lead"), (signedIn, "/"), (anonymous, "/find?where=Leeds"), (anonymous, "/account/login") })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} answered Cache-Control: {response.Headers.CacheControl}");
        }
        Assert.NotEqual(true, (await anonymous.GetAsync("/privacy")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Signing_out_tells_the_browser_to_forget_this_sites_cookies_storage_and_cached_pages()
    {
        await app.CreateLeadAsync("shared.computer@example.com");
        var client = await app.SignedInClientAsync("shared.computer@example.com");

        var signOut = await client.PostFormAsync("/account/manage", action: "/account/logout", fields: new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", string.Join(", ", signOut.Headers.GetValues("Clear-Site-Data")));
    }
}
