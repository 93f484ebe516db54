using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the context for the SqlServer provider without starting the site.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DirectoryDbContext>
{
    public DirectoryDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<DirectoryDbContext>();
        DirectoryDatabase.Configure(builder, new DatabaseOptions { Provider = DatabaseOptions.SqlServer, ConnectionString = "Server=(design-time);Database=PeerSupportDirectory;Trusted_Connection=True;TrustServerCertificate=True" }, ".");
        return new DirectoryDbContext(builder.Options, TimeProvider.System);
    }
}
