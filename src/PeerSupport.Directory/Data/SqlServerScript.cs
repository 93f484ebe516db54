using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PeerSupport.Directory.Data;

/// <summary>
/// The idempotent SQL Server migrations script (safe to run against a database at any
/// migration). Generated from the SQL Server migrations assembly without connecting.
/// </summary>
public static class SqlServerScript
{
    public static string Generate()
    {
        var builder = new DbContextOptionsBuilder<DirectoryDbContext>();
        DirectoryDatabase.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseOptions.SqlServer,
            ConnectionString = "Server=(script-only);Database=PeerSupportDirectory;TrustServerCertificate=True",
        }, ".");
        using var db = new DirectoryDbContext(builder.Options, TimeProvider.System);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
