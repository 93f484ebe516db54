namespace PeerSupport.Directory.OpenData;

/// <summary>
/// <paramref name="Source"/> names the publisher (the feed's base URL, or a file's name unless the
/// operator names its feed); <paramref name="Publish"/> skips moderation.
/// </summary>
public sealed record OrukImportOptions(string Source, bool Publish);
