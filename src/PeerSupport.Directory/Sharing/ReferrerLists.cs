using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Sharing;

/// <summary>Making, finding and keeping referrers' lists. The edit key is shown once, in the edit link; only its hash is kept.</summary>
public static class ReferrerLists
{
    public const int MaxItems = 20;
    public const int MaxNoteLength = 500;
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromDays(365);

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new, empty list saved under a fresh public code and edit key (a code clash draws again).</summary>
    public static async Task<(ReferrerList List, string EditKey)> CreateAsync(DirectoryDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
            var list = new ReferrerList { Code = ShortLinkCode.New(), EditKeyHash = HashKey(key), CreatedAt = now, LastOpenedAt = now };
            db.ReferrerLists.Add(list);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (list, key);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(list).State = EntityState.Detached;
            }
        }
    }

    public static Task<ReferrerList?> ByEditKeyAsync(DirectoryDbContext db, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 64)
        {
            return Task.FromResult<ReferrerList?>(null);
        }
        var hash = HashKey(key);
        return db.ReferrerLists.Include(l => l.Items).SingleOrDefaultAsync(l => l.EditKeyHash == hash, cancellationToken);
    }

    public static Task<ReferrerList?> ByCodeAsync(DirectoryDbContext db, string code, CancellationToken cancellationToken) =>
        ShortLinkCode.LooksValid(code)
            ? db.ReferrerLists.Include(l => l.Items).SingleOrDefaultAsync(l => l.Code == code, cancellationToken)
            : Task.FromResult<ReferrerList?>(null);

    /// <summary>Adds a listing at the end; false when it is already there or the list is full or expired.</summary>
    public static bool Add(ReferrerList list, int listingId)
    {
        if (list.ExpiredAt is not null || list.Items.Count >= MaxItems || list.Items.Any(i => i.ListingId == listingId))
        {
            return false;
        }
        list.Items.Add(new ReferrerListItem { ListingId = listingId, Position = list.Items.Count == 0 ? 0 : list.Items.Max(i => i.Position) + 1 });
        return true;
    }

    /// <summary>Swaps an item with its neighbour (<paramref name="by"/> −1 up, +1 down).</summary>
    public static void Move(ReferrerList list, int listingId, int by)
    {
        var ordered = list.Items.OrderBy(i => i.Position).ToList();
        var at = ordered.FindIndex(i => i.ListingId == listingId);
        var to = at + by;
        if (at < 0 || to < 0 || to >= ordered.Count)
        {
            return;
        }
        (ordered[at].Position, ordered[to].Position) = (ordered[to].Position, ordered[at].Position);
    }

    /// <summary>Records that the list was opened, at most once a day, so a popular list costs no write per view.</summary>
    public static bool Touch(ReferrerList list, DateTime now)
    {
        if (now - list.LastOpenedAt < TimeSpan.FromDays(1))
        {
            return false;
        }
        list.LastOpenedAt = now;
        return true;
    }
}
