using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
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
/// action, the expiry, a random nonce and the lead it was sent to, protected (encrypted and
/// signed) by the data-protection key ring every node shares through the database, so any node
/// answers a link any node minted. The ring's keys rotate (every 90 days by default) but stay in
/// the ring, so a link already emailed keeps working until it expires. The nonce, recorded in
/// <see cref="OneClickUse"/> in the same save as the action, makes it single use.
///
/// Links signed before the key ring moved to the database (HMAC-SHA256 under keys/one-click.key
/// in the data folder, "payload.signature") are still read while that file exists; none is made.
/// </summary>
public sealed class OneClickLinks
{
    public const string Purpose = "PeerSupport.Directory.OneClick.v2";

    private readonly IDataProtector protector;
    private readonly byte[]? legacyKey;
    private readonly TimeProvider clock;

    public OneClickLinks(IDataProtectionProvider protection, DataFolder data, TimeProvider clock)
    {
        this.clock = clock;
        protector = protection.CreateProtector(Purpose);
        var legacy = data.Combine(Path.Combine("keys", "one-click.key"));
        legacyKey = File.Exists(legacy) ? File.ReadAllBytes(legacy) : null;
    }

    public string Create(int listingId, string action, DateTime expiresAt, string leadUserId)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var payload = Encoding.UTF8.GetBytes(string.Join('|', listingId.ToString(CultureInfo.InvariantCulture), action, expiresAt.Ticks.ToString(CultureInfo.InvariantCulture), nonce, leadUserId));
        return Base64Url.EncodeToString(protector.Protect(payload));
    }

    /// <summary>Checks signature, listing and expiry (not use: <see cref="OneClickUse"/> rows do that).</summary>
    public (OneClickCheck Check, OneClickToken? Token) Read(string token, int listingId)
    {
        var payload = token.Contains('.') ? ReadLegacy(token) : Unprotect(token);
        if (payload is null)
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

    private byte[]? Unprotect(string token)
    {
        try
        {
            return protector.Unprotect(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private byte[]? ReadLegacy(string token)
    {
        var parts = token.Split('.');
        if (legacyKey is null || parts.Length != 2)
        {
            return null;
        }
        try
        {
            var (payload, signature) = (Base64Url.DecodeFromChars(parts[0]), Base64Url.DecodeFromChars(parts[1]));
            return payload.Length > 0 && CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(legacyKey, payload)) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
