namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// Another node of the same site: its own data folder (search index, old keys folder) over the
/// first app's SQLite database, as two processes behind a load balancer share one database.
/// </summary>
public sealed class SecondNodeApp(DirectoryAppFactory first) : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:ConnectionString"] = $"Data Source={Path.Combine(first.DataFolder, "directory.db")}",
    };
}
