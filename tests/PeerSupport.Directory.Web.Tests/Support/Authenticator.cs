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

    [GeneratedRegex("<kbd class=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
