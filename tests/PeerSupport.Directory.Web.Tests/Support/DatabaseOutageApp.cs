using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// A site whose database can be made unreachable and back: while <see cref="Down"/>, every
/// attempt to open a connection fails as a locked SQLite file does ("database is locked").
/// </summary>
public sealed class DatabaseOutageApp : DirectoryAppFactory
{
    private readonly Outage outage = new();

    public bool Down
    {
        get => outage.Down;
        set => outage.Down = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<DirectoryDbContext>(options => options.AddInterceptors(outage)));
    }

    private sealed class Outage : DbConnectionInterceptor
    {
        private const int SqliteBusy = 5;

        public volatile bool Down;

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Down ? throw new SqliteException("SQLite Error 5: 'database is locked'.", SqliteBusy) : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Down ? throw new SqliteException("SQLite Error 5: 'database is locked'.", SqliteBusy) : ValueTask.FromResult(result);
    }
}
