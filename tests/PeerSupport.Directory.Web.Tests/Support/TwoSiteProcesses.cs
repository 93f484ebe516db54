using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Benchmarks;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// Two real site processes (the built PeerSupport.Directory.Web.dll), each with its own data
/// folder and search index, over one SQLite database file, as two nodes behind a load balancer
/// over one database. <see cref="Services"/> is a third user of that database, for setting up
/// accounts and listings as an operator's tools would. (<see cref="TwoNodes"/> is the lighter,
/// in-process pair, for what does not need separate processes.)
/// </summary>
public sealed class TwoSiteProcesses : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "psd-nodes", Guid.NewGuid().ToString("N"));
    private SiteProcess? a;
    private SiteProcess? b;

    public ServiceProvider Services { get; private set; } = null!;

    public Uri A => a!.Address;

    public Uri B => b!.Address;

    private string DatabaseFile => Path.Combine(root, "shared", "directory.db");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
        var webDll = SiteProcess.DefaultWebDll();
        // One at a time: the first start migrates the empty database.
        a = (await SiteProcess.StartAsync(webDll, Path.Combine(root, "a"), NodeSettings())).Site;
        b = (await SiteProcess.StartAsync(webDll, Path.Combine(root, "b"), NodeSettings())).Site;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = Path.Combine(root, "tools"),
            ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddDirectoryData(configuration, root);
        services.AddIdentityCore<DirectoryUser>(options => Accounts.PasswordRule.Apply(options.Password)).AddRoles<IdentityRole>().AddEntityFrameworkStores<DirectoryDbContext>();
        services.AddScoped<ListingImporter>();
        Services = services.BuildServiceProvider();
    }

    private IEnumerable<string> NodeSettings() =>
    [
        $"--Database:ConnectionString=Data Source={DatabaseFile}",
        "--Accounts:Limits:PerClientPermits=10000",
        "--Accounts:Limits:PerAccountPermits=10000",
    ];

    /// <summary>
    /// Kills node A as <c>kill -9</c> does (no shutdown, no last commit), then starts it again on
    /// the same data folder and index; it answers on a new port.
    /// </summary>
    public async Task KillAndRestartAAsync()
    {
        await KillAAsync();
        await StartAAsync();
    }

    /// <summary>Node A's search index folder (its generations and the pointer to the current one).</summary>
    public string IndexOfA => Path.Combine(root, "a", "index");

    /// <summary>Kills node A as <c>kill -9</c> does; <see cref="StartAAsync"/> brings it back.</summary>
    public async Task KillAAsync()
    {
        a!.Process.Kill(entireProcessTree: true);
        await a.Process.WaitForExitAsync();
        a.Dispose();
    }

    public async Task StartAAsync() =>
        a = (await SiteProcess.StartAsync(SiteProcess.DefaultWebDll(), Path.Combine(root, "a"), NodeSettings())).Site;

    /// <summary>Starts node A (after <see cref="KillAAsync"/>) and kills it the moment its log prints <paramref name="line"/>.</summary>
    public Task<bool> StartAAndKillItWhenAsync(string line) =>
        SiteProcess.KillWhenAsync(SiteProcess.DefaultWebDll(), [.. SiteProcess.Settings(Path.Combine(root, "a")), .. NodeSettings()], line, TimeSpan.FromMinutes(2));

    /// <summary>Runs an operator's verb over the shared database, as a process, and kills it the moment its log prints <paramref name="line"/>.</summary>
    public Task<bool> RunVerbAndKillItWhenAsync(string line, params string[] verb) =>
        SiteProcess.KillWhenAsync(SiteProcess.DefaultWebDll(), [.. verb, .. SiteProcess.Settings(Path.Combine(root, "tools")), .. NodeSettings()], line, TimeSpan.FromMinutes(2));

    /// <summary>A confirmed lead account with the test password, made straight in the database.</summary>
    public async Task CreateLeadAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DirectoryUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var user = new DirectoryUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, SignIn.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (!await roles.RoleExistsAsync(Roles.Lead))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Lead));
        }
        Assert.True((await users.AddToRoleAsync(user, Roles.Lead)).Succeeded);
    }

    /// <summary>
    /// A client that keeps its cookies whichever node answers, like one browser behind a load
    /// balancer. The nodes speak plain HTTP on loopback, so the jar sends the site's Secure
    /// cookies back over it, as a browser would behind a proxy that ends TLS.
    /// </summary>
    public static HttpClient Browser() => new(new CookieJar { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Task DisposeAsync()
    {
        a?.Dispose();
        b?.Dispose();
        Services?.Dispose();
        try
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A node's files may still be closing; the temp folder is cleaned later.
        }
        return Task.CompletedTask;
    }

    private sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (cookies)
            {
                if (cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                lock (cookies)
                {
                    foreach (var pair in set.Select(c => c.Split(';')[0].Split('=', 2)).Where(p => p.Length == 2))
                    {
                        if (pair[1].Length == 0)
                        {
                            cookies.Remove(pair[0]);
                        }
                        else
                        {
                            cookies[pair[0]] = pair[1];
                        }
                    }
                }
            }
            return response;
        }
    }
}
