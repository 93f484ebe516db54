using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace PeerSupport.Directory.Data;

/// <summary>The "Database" section: which provider, where. See appsettings.template.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary><c>Sqlite</c> (default, a file in <see cref="DataFolder"/>) or <c>SqlServer</c>.</summary>
    [Required]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Required for SQL Server; for SQLite it defaults to a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Holds the SQLite file, the search index and the data-protection keys; relative to the app's content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// The section, read and checked. The one section read while services are composed (the
    /// provider decides what is registered), so it cannot wait for <c>ValidateOnStart</c>.
    /// </summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.Validate();
        return options;
    }

    public void Validate()
    {
        if (Provider is not (Sqlite or SqlServer))
        {
            throw new InvalidOperationException($"Database:Provider must be '{Sqlite}' or '{SqlServer}', not '{Provider}'.");
        }
        if (Provider == SqlServer && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException("Database:Provider is SqlServer, so Database:ConnectionString must be set.");
        }
    }
}
