using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings;
using PeerSupport.Directory.Sharing;

namespace PeerSupport.Directory.Web.Pages.Share;

/// <summary>A group as a referrer's list shows it: enough to choose, and its status as it is today.</summary>
public sealed record ListedGroup(int Id, string Name, string Slug, string ShortCode, string Summary, ListingStatus Status, string When, string Where, string Joining)
{
    public bool Running => Status == ListingStatus.Published;

    public static async Task<List<ListedGroup>> LoadAsync(DirectoryDbContext db, ReferrerList list, CancellationToken cancellationToken)
    {
        var order = list.Items.OrderBy(i => i.Position).Select(i => i.ListingId).ToList();
        var listings = await db.Listings.AsNoTracking().Include(l => l.Schedules).AsSplitQuery()
            .Where(l => order.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return [.. order.Where(listings.ContainsKey).Select(id => listings[id]).Select(l => new ListedGroup(
            l.Id, l.Name, l.Slug, l.ShortCode, l.Summary, l.Status,
            l.Schedules.Count == 0 ? "Ask the group" : string.Join("; ", l.Schedules.Select(ScheduleText.Describe)),
            l.PublicPlaceOf() is { } place ? string.Join(", ", new[] { place.Town, place.Postcode }.Where(x => x.Length > 0)) : l.Area?.Name is { Length: > 0 } area ? area : "Online or by phone",
            ListingWords.Join(l.JoinBy)))];
    }
}
