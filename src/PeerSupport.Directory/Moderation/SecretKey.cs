using System.Security.Cryptography;
using System.Text;

namespace PeerSupport.Directory.Moderation;

/// <summary>
/// Secrets that travel only in a link (co-lead invites, a reporter's private status link): 32
/// random bytes, URL-safe, and kept in the database only as a SHA-256 hash, so a copy of the
/// database opens nothing.
/// </summary>
public static class SecretKey
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares in constant time, so response times tell nothing about how close a guess was.</summary>
    public static bool Matches(string? key, string hash) =>
        key is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
