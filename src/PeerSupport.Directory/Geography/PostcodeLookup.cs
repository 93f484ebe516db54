namespace PeerSupport.Directory.Geography;

/// <summary>What a postcode lookup found out.</summary>
public abstract record PostcodeAnswer
{
    private PostcodeAnswer()
    {
    }

    public sealed record Found(GeoPoint Point) : PostcodeAnswer;

    /// <summary>The lookup worked and knows no such postcode (or knows it without coordinates).</summary>
    public sealed record Unknown : PostcodeAnswer;

    /// <summary>The lookup could not answer now: the service is slow or down, or no directory has been imported.</summary>
    public sealed record Unavailable : PostcodeAnswer;

    /// <summary>No postcode provider is configured (Postcodes:Provider is None).</summary>
    public sealed record Off : PostcodeAnswer;
}

/// <summary>
/// Turns a full postcode or an outward code into a point. Two real providers, chosen by
/// Postcodes:Provider: the imported ONS Postcode Directory (<see cref="OnspdPostcodeLookup"/>)
/// and a postcodes.io-compatible service (<see cref="PostcodesIoLookup"/>).
/// Implementations never log the postcode: it can place a person at their front door.
/// </summary>
public interface IPostcodeLookup
{
    Task<PostcodeAnswer> LookUpAsync(Postcode postcode, CancellationToken cancellationToken = default);
}

/// <summary>Postcodes:Provider = None, the default: every postcode gets <see cref="PostcodeAnswer.Off"/>.</summary>
public sealed class NoPostcodeLookup : IPostcodeLookup
{
    public static readonly NoPostcodeLookup Instance = new();

    public Task<PostcodeAnswer> LookUpAsync(Postcode postcode, CancellationToken cancellationToken = default) =>
        Task.FromResult<PostcodeAnswer>(new PostcodeAnswer.Off());
}
