using System.Text.Json;

namespace PeerSupport.Directory.OpenData;

/// <summary>
/// What one page of a feed (or a whole file) gave: the services read from it, and what could not be
/// read (the page itself, or one service's full record), each said with where it was.
/// </summary>
public sealed record OrukFeedPage(string Where, IReadOnlyList<JsonElement> Services, IReadOnlyList<OrukFeedProblem> Problems);
