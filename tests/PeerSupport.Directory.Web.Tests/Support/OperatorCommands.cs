using System.Diagnostics;
using PeerSupport.Directory.Benchmarks;
using PeerSupport.Directory.Web.CommandLine;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>Tests that run an operator's verb write to the console, so they share this collection and run alone.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>The operator's command-line verbs, run against the app's own services.</summary>
public static class OperatorCommands
{
    /// <summary>Runs an operator verb, capturing what it prints. Use in the <see cref="ConsoleCapture"/> collection.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunCommandAsync(this DirectoryAppFactory app, params string[] args)
    {
        var command = Commands.Parse(args)!;
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exit = await command.RunAsync(app.Services);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>
    /// Runs an operator verb as an operator does: the built site (<see cref="SiteProcess.DefaultWebDll"/>)
    /// as its own process, on whatever database <paramref name="args"/> configure (e.g.
    /// <c>--Database:DataFolder=...</c>), so nothing of a test app's start-up touches that database.
    /// </summary>
    public static async Task<(int Exit, string Out, string Error)> RunCommandProcessAsync(params string[] args)
    {
        var webDll = SiteProcess.DefaultWebDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[webDll, .. args])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the site's command.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
