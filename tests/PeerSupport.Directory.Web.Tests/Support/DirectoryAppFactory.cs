using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>
/// The real site on a real SQLite file in a fresh temporary data folder, with the demo seed data.
/// Every log message the app lets through its configured filters is kept in <see cref="Logs"/>.
/// </summary>
public class DirectoryAppFactory : WebApplicationFactory<Program>
{
    // Hangfire keeps its filters and its log provider in statics, one per process, and its log
    // provider is the last app's: the filters' type initializer logs, and run while a disposed
    // app's logger was current it fails once and for every test after. Many apps share this test
    // process (one site has one), so the filters are made here, before any app exists.
    static DirectoryAppFactory() => _ = Hangfire.Common.JobFilterProviders.Providers;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "psd-tests", Guid.NewGuid().ToString("N"));

    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Extra configuration for a test class's own factory (e.g. <c>["Postcodes:Provider"] = "Onspd"</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Everything outside Development behaves as in production; "Testing" only skips the refusal
        // to start with the demo listings and an http public URL (ProductionChecks), which the tests use.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:DataFolder", DataFolder);
        // Every test client shares one address and test classes sign in often: generous account limits unless a class sets its own.
        builder.UseSetting("Accounts:Limits:PerClientPermits", "10000");
        builder.UseSetting("Accounts:Limits:PerAccountPermits", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
    }

    public HttpClient CreateBrowserLikeClient(bool followRedirects = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = followRedirects,
        BaseAddress = new Uri("https://directory.test"),
    });

    /// <summary>A client keeping its cookies in <paramref name="cookies"/>, so that one browser can be sent to several nodes (<see cref="SecondNodeApp"/>).</summary>
    public HttpClient CreateBrowserLikeClient(System.Net.CookieContainer cookies) =>
        CreateDefaultClient(new Uri("https://directory.test"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="action"/> on a fresh DbContext of the app, as a request would get.</summary>
    public Task WithDbAsync(Func<DirectoryDbContext, Task> action) =>
        WithScopeAsync(services => action(services.GetRequiredService<DirectoryDbContext>()));

    /// <summary>Reads (or changes and reads back) through a fresh DbContext of the app.</summary>
    public async Task<T> DbAsync<T>(Func<DirectoryDbContext, Task<T>> read)
    {
        T result = default!;
        await WithDbAsync(async db => result = await read(db));
        return result;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                System.IO.Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background thread; the temp folder is cleaned by the OS.
            }
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured} {exception}");
        }
    }
}
