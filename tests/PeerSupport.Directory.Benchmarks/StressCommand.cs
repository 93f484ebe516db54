using System.Diagnostics;
using System.Reflection;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// <c>stress</c>: starts <see cref="StressRun"/> in a child process (this program again, with
/// <c>--in-process</c>) and watches it. An access violation ends a .NET process without running
/// any handler, so only another process can record that one happened: the child's exit code (a
/// signal shows as 128 + its number), its stderr (where the runtime writes "Fatal error" and the
/// stack) and the log's last progress line are appended to the log and printed.
/// </summary>
internal static class StressCommand
{
    public static string DefaultLog() => Path.Combine(Path.GetTempPath(), "psd-benchmarks", $"stress-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");

    public static async Task<int> RunAsync(BenchmarkOptions options, string[] args)
    {
        var folder = options.DataFolder ?? Path.Combine(Path.GetTempPath(), "psd-benchmarks", $"stress-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        var log = options.LogFile ?? DefaultLog();
        var self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        foreach (var arg in (string[])["stress", .. args, "--in-process", "--data", folder, "--log", log])
        {
            start.ArgumentList.Add(arg);
        }

        var stderr = new List<string>();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {self}");
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (stderr)
                {
                    stderr.Add(line);
                }
                Console.Error.WriteLine(line);
            }
        };
        child.BeginErrorReadLine();
        // A run that hangs (a deadlock, a search that never returns) is a finding too: give it ten minutes past its length.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(options.Minutes + 10));
        var hung = false;
        try
        {
            await child.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            hung = true;
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        child.WaitForExit();

        var code = child.ExitCode;
        var crashed = hung || code is not (0 or 1 or 2);
        var record = crashed ? CrashRecord(code, hung, log, folder, stderr) + await RestartAsync(self, start, folder) : $"The stress run exited with {code} ({(code == 0 ? "no exception" : code == 1 ? "exceptions counted: see the Outcome table" : "bad options")}).";
        await File.AppendAllTextAsync(log, $"{Environment.NewLine}{record}{Environment.NewLine}{(!crashed && stderr.Count > 0 ? StderrBlock(stderr) : "")}");
        Console.WriteLine();
        Console.WriteLine(record);
        Console.WriteLine($"log: {log}");
        if (!crashed && options.DataFolder is null && !options.Keep && System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        return crashed ? 3 : code;
    }

    /// <summary>After a crash, the site's start on what the crash left (<see cref="RestartCheck"/>): its report, or why it could not run.</summary>
    private static async Task<string> RestartAsync(string self, ProcessStartInfo crashed, string folder)
    {
        var start = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (crashed.ArgumentList.FirstOrDefault() is { } first && first.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(first);
        }
        foreach (var arg in (string[])["stress", "--restart-check", "--data", folder])
        {
            start.ArgumentList.Add(arg);
        }
        using var check = Process.Start(start) ?? throw new InvalidOperationException($"could not start {self}");
        var output = check.StandardOutput.ReadToEndAsync();
        var errors = check.StandardError.ReadToEndAsync();
        await check.WaitForExitAsync();
        var said = (await output).Trim();
        var errorText = (await errors).Trim();
        var verdict = check.ExitCode == 0 ? "clean" : $"NOT clean (exit code {check.ExitCode})";
        var text = said.Length > 0 ? said : "(nothing printed)";
        var errorBlock = errorText.Length > 0 ? $"\n```\n{errorText}\n```\n" : "";
        return $"\n## Restart after the crash: {verdict}\n\n{text}\n{errorBlock}";
    }

    private static string CrashRecord(int code, bool hung, string log, string folder, List<string> stderr)
    {
        var progress = File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Contains(" | searches ", StringComparison.Ordinal)) : null;
        var how = hung ? "it did not finish within ten minutes of its length and was killed"
            : code > 128 ? $"it was ended by signal {code - 128}{Signal(code - 128)}"
            : $"exit code {code}";
        return $"""
            ## Stress run CRASHED

            - {how} (exit code {code}), at {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC
            - last progress line: {progress ?? "none written"}
            - the data folder is kept for inspection: {folder}

            {StderrBlock(stderr)}
            """;
    }

    private static string Signal(int signal) => signal switch
    {
        6 => " (SIGABRT: the .NET runtime aborts like this after an unhandled exception, an AccessViolationException among them)",
        7 => " (SIGBUS: a mapped page that no longer exists, e.g. a file truncated under the mapping)",
        9 => " (SIGKILL: killed from outside, e.g. by the out-of-memory killer)",
        11 => " (SIGSEGV)",
        15 => " (SIGTERM)",
        _ => "",
    };

    private static string StderrBlock(List<string> stderr)
    {
        lock (stderr)
        {
            return stderr.Count == 0 ? "The run wrote nothing to stderr." : $"The run's stderr (last {Math.Min(60, stderr.Count)} lines):\n\n```\n{string.Join('\n', stderr.TakeLast(60))}\n```\n";
        }
    }
}
