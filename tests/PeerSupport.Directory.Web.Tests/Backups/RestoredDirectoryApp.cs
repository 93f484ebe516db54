namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>The site started on a database a restore filled (its own, empty data folder: the search index is built at start).</summary>
public sealed class RestoredDirectoryApp(string databaseFile) : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Database:ConnectionString"] = $"Data Source={databaseFile}",
    };
}
