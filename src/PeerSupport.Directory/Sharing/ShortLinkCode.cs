using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Sharing;

/// <summary>
/// Short codes for /g/&lt;code&gt; links: easy to read aloud and type from paper, so no
/// look-alike characters (0/o, 1/l/i) and lower case only. 7 characters from 30 give
/// 2.2e10 codes; a unique index catches the rare clash and the caller draws again.
/// Codes are never reused: listings are archived, never deleted.
/// </summary>
public static class ShortLinkCode
{
    public const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
    public const int Length = 7;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool LooksValid(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// The public listing a short link names, in the shape <paramref name="shape"/> reads; null
    /// when there is none, and without asking the database when the code cannot be one.
    /// </summary>
    public static async Task<T?> PublicByShortCodeAsync<T>(this IQueryable<Listing> listings, string? code, Func<IQueryable<Listing>, IQueryable<T>> shape, CancellationToken cancellationToken)
        where T : class =>
        LooksValid(code) ? await shape(listings.WherePublic().Where(l => l.ShortCode == code)).SingleOrDefaultAsync(cancellationToken) : null;
}
