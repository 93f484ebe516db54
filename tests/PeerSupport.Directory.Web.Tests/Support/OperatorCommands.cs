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
}
