namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>A fake-clock site holding only the listings a test imports, so every figure is known.</summary>
public sealed class KnownListingsApp : TimeTravelDirectoryApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Seed:ImportDemoListings"] = "false" };
}
