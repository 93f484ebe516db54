using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Geography;

/// <summary>
/// Postcodes from the ONS Postcode Directory imported into the database (import-postcodes).
/// Nothing leaves the server. Until a directory has been imported every lookup is
/// <see cref="PostcodeAnswer.Unavailable"/>, so people are not told their real postcode doesn't exist.
/// </summary>
public sealed class OnspdPostcodeLookup(DirectoryDbContext db, ILogger<OnspdPostcodeLookup> logger) : IPostcodeLookup
{
    public async Task<PostcodeAnswer> LookUpAsync(Postcode postcode, CancellationToken cancellationToken = default)
    {
        var key = postcode.Key;
        var point = postcode.IsFull
            ? await db.Postcodes.AsNoTracking().Where(p => p.Postcode == key)
                .Select(p => new { p.Latitude, p.Longitude }).FirstOrDefaultAsync(cancellationToken)
            : await db.Outcodes.AsNoTracking().Where(o => o.Outcode == key)
                .Select(o => new { o.Latitude, o.Longitude }).FirstOrDefaultAsync(cancellationToken);
        if (point is not null)
        {
            return new PostcodeAnswer.Found(new GeoPoint(point.Latitude, point.Longitude));
        }
        if (!await db.Outcodes.AnyAsync(cancellationToken))
        {
            logger.LogWarning("Postcodes:Provider is Onspd but no postcode directory has been imported; run import-postcodes (docs/operations.md).");
            return new PostcodeAnswer.Unavailable();
        }
        return new PostcodeAnswer.Unknown();
    }
}
