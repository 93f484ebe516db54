using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for the Sqlite provider without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DirectoryDbContext>
{
    public DirectoryDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DirectoryDbContext>();
        DirectoryDatabase.Configure(builder, new DatabaseOptions { Provider = DatabaseOptions.Sqlite, ConnectionString = "Data Source=design-time.db" }, ".");
        return new DirectoryDbContext(builder.Options, TimeProvider.System);
    }
}
