namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>A test class's fixture: two nodes of the site over one database, each with its own data folder.</summary>
public sealed class TwoNodes : IDisposable
{
    public DirectoryAppFactory First { get; } = new();
    public SecondNodeApp Second { get; }

    public TwoNodes()
    {
        _ = First.Services;
        Second = new SecondNodeApp(First);
        _ = Second.Services;
    }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}
