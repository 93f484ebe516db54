namespace PeerSupport.Directory.OpenData;

/// <summary>Something of the feed that could not be read: "page 2", "service 3f7b…", and what was wrong.</summary>
public sealed record OrukFeedProblem(string Where, string What)
{
    public override string ToString() => $"{Where}: {What}";
}
