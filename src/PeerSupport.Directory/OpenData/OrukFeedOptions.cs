namespace PeerSupport.Directory.OpenData;

/// <summary>How patiently <see cref="OrukFeedReader"/> reads another publisher's feed.</summary>
public sealed record OrukFeedOptions
{
    /// <summary>Services asked for per page (the standard's <c>per_page</c>).</summary>
    public int PerPage { get; init; } = 50;

    /// <summary>How long one request may take, answer and body, before it counts as timed out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further tries after a timeout, a failed connection or a 5xx/429 answer.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles before each next one.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A feed that claims more pages than this is read this far and said to be cut short.</summary>
    public int MaxPages { get; init; } = 10_000;
}
