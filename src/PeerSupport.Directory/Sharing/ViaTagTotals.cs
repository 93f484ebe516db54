namespace PeerSupport.Directory.Sharing;

/// <summary>
/// A listing's views and shares by referrer tag as its lead sees them: a tag is named only with
/// at least <see cref="ViaTag.ViewsToShowByName"/> views in the period, so a tag made for one
/// person ("for-jane") cannot tell the lead when that person looked. Smaller tags, and the counts
/// over the daily cap, are summed as <see cref="OtherTags"/>, so no view is lost from the totals.
/// </summary>
public static class ViaTagTotals
{
    public const string OtherTags = "Other tags";

    public sealed record Row(string Tag, int Views, int Shares);

    /// <summary>Named tags, most used first, then <see cref="OtherTags"/> when any counts fall there. Untagged counts are left out.</summary>
    public static IReadOnlyList<Row> ForLead(IEnumerable<ListingDailyCount> counts)
    {
        var byTag = counts.Where(c => c.Via.Length > 0)
            .GroupBy(c => c.Via)
            .Select(g => new Row(g.Key, g.Where(c => c.Kind == CountKind.View).Sum(c => c.Count), g.Where(c => c.Kind == CountKind.Share).Sum(c => c.Count)))
            .ToList();
        var named = byTag.Where(Named).OrderByDescending(r => r.Views + r.Shares).ThenBy(r => r.Tag, StringComparer.Ordinal).ToList();
        var rest = byTag.Where(r => !Named(r)).ToList();
        if (rest.Count > 0)
        {
            named.Add(new Row(OtherTags, rest.Sum(r => r.Views), rest.Sum(r => r.Shares)));
        }
        return named;
    }

    private static bool Named(Row row) => row.Tag != ViaTag.Other && row.Views >= ViaTag.ViewsToShowByName;
}
