using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>Steps a person takes with their account, for tests: sign in, read a code from an authenticator app.</summary>
public static partial class AccountSteps
{
    /// <summary>An account whose email is already confirmed, in the given roles (Lead when none are named).</summary>
    public static async Task<string> CreateConfirmedUserAsync(this DirectoryAppFactory app, string email, string password, params string[] roles)
    {
        string id = "";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
            var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            foreach (var role in roles.Length == 0 ? [Roles.Lead] : roles)
            {
                if (!await roleManager.RoleExistsAsync(role))
                {
                    await roleManager.CreateAsync(new IdentityRole(role));
                }
                await users.AddToRoleAsync(user, role);
            }
            id = user.Id;
        });
        return id;
    }

    /// <summary>Posts the sign-in form; the response is a redirect when it worked.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>A new client, signed in as that account (fails the test if sign-in does not work).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this DirectoryAppFactory app, string email, string password)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form shown on one page to another address (the layout's sign-out button), with that page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormFromAsync(this HttpClient client, string pageUrl, string actionUrl, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>True when the client's cookie still opens a page that needs an account.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client) =>
        (await client.GetAsync("/account/manage")).StatusCode == HttpStatusCode.OK;

    /// <summary>The code an authenticator app shows for <paramref name="base32Key"/> at <paramref name="at"/> (RFC 6238: HMAC-SHA1, 30 s, 6 digits).</summary>
    public static string TotpCode(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key);
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
#pragma warning disable CA5350 // RFC 6238's default, which authenticator apps use
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The shared key as the two-factor set-up page shows it ("abcd efgh ...").</summary>
    public static string SharedKey(string html) => SharedKeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<kbd class=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKeyPattern();
}
