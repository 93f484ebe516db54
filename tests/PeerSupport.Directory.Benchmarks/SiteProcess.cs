using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// The real site (the built PeerSupport.Directory.Web.dll) as a child process on a loopback
/// port, over the benchmark's data folder, without the demo listings. The web tests start
/// their several-node sites with it too.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process process;
    private bool disposed;

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public Process Process => process;

    public static string DefaultWebDll()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PeerSupport.Directory.sln")))
        {
            folder = folder.Parent;
        }
        return folder is null
            ? throw new FileNotFoundException("Cannot find the repository root; pass --web-dll.")
            : Path.Combine(folder.FullName, "src", "PeerSupport.Directory.Web", "bin", configuration, "net10.0", "PeerSupport.Directory.Web.dll");
    }

    /// <summary>Starts the site and waits until the results page answers (start-up reconciles the index first).</summary>
    /// <param name="settings">More settings, as <c>--Key=value</c> arguments (they win over the defaults above them).</param>
    public static async Task<(SiteProcess Site, double StartupMs)> StartAsync(string webDll, string dataFolder, IEnumerable<string>? settings = null)
    {
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException($"The site is not built at {webDll}; build the solution or pass --web-dll.");
        }
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = Launch(webDll, ["--urls", address.ToString().TrimEnd('/'), .. Settings(dataFolder), .. settings ?? []]);
        var timer = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the site.");
        var site = new SiteProcess(process, address);
        // Drain both pipes so a chatty log can never block the site; keep errors for a failed start.
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && errors.Count < 50)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(timer) < TimeSpan.FromMinutes(5))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site stopped during start-up (exit {process.ExitCode}): {string.Join(Environment.NewLine, errors)}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri(address, "/find"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (site, Latencies.Since(timer));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }
            await Task.Delay(250);
        }
        site.Dispose();
        throw new TimeoutException("The site did not answer /find within five minutes.");
    }

    /// <summary>
    /// The settings every run of the site here has: its data folder, no demo listings, a public
    /// address that goes nowhere, and the per-client search and open-data limits lifted (one client,
    /// wrk or a test, sends every request; those limits are for people and harvesters).
    /// </summary>
    public static IEnumerable<string> Settings(string dataFolder) =>
    [
        $"--Database:DataFolder={dataFolder}", "--Seed:ImportDemoListings=false", "--Site:PublicUrl=https://benchmark.invalid",
        "--Safety:SearchBurst=100000000", "--Safety:SearchPerSecond=100000000",
        "--Safety:OpenDataBurst=100000000", "--Safety:OpenDataPerSecond=100000000",
    ];

    /// <summary>
    /// Runs the site or one of its verbs (<paramref name="arguments"/> as on the command line) and
    /// kills it as <c>kill -9</c> does (no shutdown, no last commit) the moment its log prints a line
    /// containing <paramref name="line"/>. False when it ended or <paramref name="within"/> passed first.
    /// </summary>
    public static async Task<bool> KillWhenAsync(string webDll, IEnumerable<string> arguments, string line, TimeSpan within)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = Process.Start(Launch(webDll, arguments)) ?? throw new InvalidOperationException("Could not start the site.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(line, StringComparison.Ordinal) == true)
            {
                process.Kill(entireProcessTree: true);
                seen.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ended = await Task.WhenAny(seen.Task, process.WaitForExitAsync(), Task.Delay(within));
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        return ended == seen.Task;
    }

    private static ProcessStartInfo Launch(string webDll, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(webDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the site if it still runs; safe to call twice.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
