using System.Security.Cryptography;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>The codes an authenticator app shows (RFC 6238 as the apps use it: HMAC-SHA1, 30-second steps, 6 digits).</summary>
public static class Totp
{
    public static readonly TimeSpan StepLength = TimeSpan.FromSeconds(30);

    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)StepLength.TotalSeconds;

    public static string Code(byte[] key, long step)
    {
        var counter = BitConverter.GetBytes(step);
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

    /// <summary>The shared key as Identity stores it and the app is given it (RFC 4648 base32, any case, spaces ignored).</summary>
    public static byte[] KeyFromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not a base32 key.");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
