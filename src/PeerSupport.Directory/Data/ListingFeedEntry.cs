namespace PeerSupport.Directory.Data;

/// <summary>
/// One change every node's search index must hear about, written in the same transaction as
/// the change (<see cref="ListingFeed"/>). Nodes read the feed in <see cref="Sequence"/> order
/// (<see cref="Search.FeedFollower"/>); entries older than a week are pruned.
/// </summary>
public sealed class ListingFeedEntry
{
    /// <summary>Identity: increases with each entry, but may commit out of order and skip values (SQL Server).</summary>
    public long Sequence { get; set; }

    /// <summary>One of <see cref="ListingFeedKinds"/>.</summary>
    public string Kind { get; set; } = ListingFeedKinds.Listing;

    /// <summary>
    /// The listing added or edited (kind listing). A foreign key, so that a listing added in the
    /// same save gets its id here in that one save (and one transaction); set to null if the
    /// listing is deleted later, when <see cref="RemovedListingId"/> of a newer entry says so.
    /// </summary>
    public int? ListingId { get; set; }

    internal Listings.Listing? Listing { get; set; }

    /// <summary>The listing deleted (kind listing): a plain column, as the listing's row is gone.</summary>
    public int? RemovedListingId { get; set; }

    /// <summary>The tag renamed, given synonyms, merged away or deleted (kind taxonomy; none for a new tag or a dimension).</summary>
    public int? TagId { get; set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime At { get; set; }
}

/// <summary>What a feed entry asks each node to refresh.</summary>
public static class ListingFeedKinds
{
    /// <summary>Re-index one listing.</summary>
    public const string Listing = "listing";

    /// <summary>Re-index the listings carrying a tag and forget the taxonomy each node keeps in memory.</summary>
    public const string Taxonomy = "taxonomy";

    /// <summary>Reload the place aliases into the node's gazetteer.</summary>
    public const string Places = "places";
}
