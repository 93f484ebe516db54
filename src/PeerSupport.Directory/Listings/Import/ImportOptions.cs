namespace PeerSupport.Directory.Listings.Import;

/// <summary>
/// Where records come from (kept in <see cref="Listing.Source"/>; null leaves it alone) and whether they
/// wait for a moderator: held records never make a listing public that a moderator has not approved.
/// </summary>
public sealed record ImportOptions(string? Source, bool HoldForReview)
{
    /// <summary>An import file: its statuses are taken as written (docs/import-format.md).</summary>
    public static readonly ImportOptions File = new(null, HoldForReview: false);

    /// <summary>
    /// A held record makes a new listing Pending and leaves one a moderator has not yet approved as it
    /// is; once a moderator has made a listing public, the source's status (paused, closed) is taken.
    /// </summary>
    public static ListingStatus StatusAfterReview(Listing current, ListingStatus incoming) =>
        current.Id == 0 ? ListingStatus.Pending
        : current.Status.IsPublic() ? incoming
        : current.Status;
}
