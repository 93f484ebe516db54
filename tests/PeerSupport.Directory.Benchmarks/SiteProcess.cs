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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            webDll, "--urls", address.ToString().TrimEnd('/'),
            $"--Database:DataFolder={dataFolder}", "--Seed:ImportDemoListings=false", "--Site:PublicUrl=https://benchmark.invalid",
            // One client (wrk) sends every request; the per-client search limit is for people.
            "--Safety:SearchBurst=100000000", "--Safety:SearchPerSecond=100000000",
            .. settings ?? [],
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
