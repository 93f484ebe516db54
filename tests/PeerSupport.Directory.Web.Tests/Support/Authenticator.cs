using System.Text.RegularExpressions;

using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>An authenticator app, for two-step sign-in: reads the shared key off the set-up page and shows codes.</summary>
public static partial class Authenticator
{
    /// <summary>The code an authenticator app shows for <paramref name="base32Key"/> at <paramref name="at"/> (the product's own <see cref="Totp"/>).</summary>
    public static string Code(string base32Key, DateTimeOffset at) => Totp.Code(Totp.KeyFromBase32(base32Key), Totp.StepAt(at));

    /// <summary>The shared key as the two-factor set-up page shows it ("abcd efgh ..."), ready to type into the app.</summary>
    public static string SharedKeyOn(string html) => SharedKey().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// Turns on two-step sign-in as a person does on the set-up page (the key read off the page,
    /// the app's current code, the password); returns the key and the page's answer.
    /// </summary>
    public static async Task<(string Key, HttpResponseMessage Answer)> TurnOnTwoStepAsync(this HttpClient client, string password = SignIn.Password)
    {
        var key = SharedKeyOn(await client.GetStringAsync("/account/manage/two-factor"));
        var answer = await client.PostFormAsync("/account/manage/two-factor?handler=Enable", new Dictionary<string, string>
        {
            ["Code"] = Code(key, DateTimeOffset.UtcNow),
            ["Password"] = password,
        });
        return (key, answer);
    }

    [GeneratedRegex("<kbd class=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
