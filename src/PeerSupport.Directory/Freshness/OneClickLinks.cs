using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Freshness;

/// <summary>What a reminder email's link lets a lead do without signing in.</summary>
public static class OneClickAction
{
    public const string Confirm = "confirm";
    public const string Pause = "pause";
    public const string Close = "close";
    public static readonly string[] All = [Confirm, Pause, Close];
}

public enum OneClickCheck { Valid, Tampered, Expired, WrongListing, Used, NotALead }

/// <param name="LeadUserId">The lead the link was emailed to: it works only while they lead the listing and are not suspended.</param>
public sealed record OneClickToken(int ListingId, string Action, DateTime ExpiresAt, string Nonce, string LeadUserId);

/// <summary>
/// Signed, expiring, single-use links for reminder emails: the token carries the listing, the
/// action, the expiry, a random nonce and the lead it was sent to, signed with HMAC-SHA256 under a key kept in the data
/// folder (keys/one-click.key, made on first use). The signature makes it unforgeable; the
/// nonce, recorded in <see cref="OneClickUse"/> in the same save as the action, makes it single use.
/// </summary>
public sealed class OneClickLinks
{
    private readonly byte[] key;
    private readonly TimeProvider clock;

    public OneClickLinks(DataFolder data, TimeProvider clock)
    {
        this.clock = clock;
        key = LoadOrCreateKey(data.Combine(Path.Combine("keys", "one-click.key")));
    }

    public string Create(int listingId, string action, DateTime expiresAt, string leadUserId)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var payload = Encoding.UTF8.GetBytes(string.Join('|', listingId.ToString(CultureInfo.InvariantCulture), action, expiresAt.Ticks.ToString(CultureInfo.InvariantCulture), nonce, leadUserId));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>Checks signature, listing and expiry (not use: <see cref="OneClickUse"/> rows do that).</summary>
    public (OneClickCheck Check, OneClickToken? Token) Read(string token, int listingId)
    {
        var parts = token.Split('.');
        byte[] payload, signature;
        try
        {
            (payload, signature) = parts.Length == 2 ? (Base64Url.DecodeFromChars(parts[0]), Base64Url.DecodeFromChars(parts[1])) : ([], []);
        }
        catch (FormatException)
        {
            return (OneClickCheck.Tampered, null);
        }
        if (payload.Length == 0 || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
        {
            return (OneClickCheck.Tampered, null);
        }
        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 5)
        {
            // Signed before links named their lead: no longer honoured, said as an expired link.
            return (OneClickCheck.Expired, null);
        }
        var read = new OneClickToken(
            int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1],
            new DateTime(long.Parse(fields[2], CultureInfo.InvariantCulture), DateTimeKind.Utc), fields[3], fields[4]);
        if (read.ListingId != listingId)
        {
            return (OneClickCheck.WrongListing, null);
        }
        return clock.GetUtcNow().UtcDateTime > read.ExpiresAt ? (OneClickCheck.Expired, read) : (OneClickCheck.Valid, read);
    }

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
        PrivateFolder.Create(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first; use theirs.
            File.Delete(temporary);
        }
        return File.ReadAllBytes(path);
    }
}
