namespace PeerSupport.Directory.OpenData;

/// <summary>
/// What an import did. <see cref="Inactive"/> counts services closed at the publisher that we never
/// held (left out, not a problem); <see cref="Unread"/> is what of the feed could not be read at all.
/// </summary>
public sealed record OrukImportResult(
    int Read, int Created, int Updated, int Unchanged, int Inactive,
    IReadOnlyList<OrukServiceProblem> NotImported, IReadOnlyList<OrukFeedProblem> Unread)
{
    public bool Complete => NotImported.Count == 0 && Unread.Count == 0;
}
