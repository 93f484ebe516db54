using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>An authenticator app, for two-step sign-in: reads the shared key off the set-up page and shows codes.</summary>
public static partial class Authenticator
{
    /// <summary>The code an authenticator app shows for <paramref name="base32Key"/> at <paramref name="at"/> (RFC 6238: HMAC-SHA1, 30 s, 6 digits).</summary>
    public static string Code(string base32Key, DateTimeOffset at)
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

    /// <summary>The shared key as the two-factor set-up page shows it ("abcd efgh ..."), ready to type into the app.</summary>
    public static string SharedKeyOn(string html) => SharedKey().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

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

    [GeneratedRegex("<kbd class=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
