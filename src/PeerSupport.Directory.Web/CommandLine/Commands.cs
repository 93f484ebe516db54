using Microsoft.Extensions.DependencyInjection.Extensions;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// The operator's verbs: `dotnet run --project src/PeerSupport.Directory.Web -- &lt;verb&gt; [argument]`.
/// Each runs against the configured database without starting the site (docs/operations.md).
/// </summary>
public abstract class Command
{
    /// <summary>Arguments left for the host's configuration (e.g. --Database:Provider=SqlServer).</summary>
    public string[] HostArgs { get; set; } = [];

    public string Argument { get; set; } = "";

    /// <summary>The verb's own options, by name without dashes ("publish", "source"); a bare flag has the value "true".</summary>
    public Dictionary<string, string> Options { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The option names this verb takes (as <c>--name</c> or <c>--name=value</c>); every other option goes to the host.</summary>
    public virtual IReadOnlyList<string> OptionNames => [];

    /// <summary>
    /// Commands leave the search index alone by default: a running site holds its writer, and
    /// its reconcile job picks up what a command changed.
    /// </summary>
    public virtual void Configure(IServiceCollection services) => services.RemoveAll<IListingChangeListener>();

    public abstract Task<int> RunAsync(IServiceProvider services);

    /// <summary>For the import verbs: says so when <see cref="Argument"/> names no file.</summary>
    protected async Task<bool> ArgumentIsAFileAsync()
    {
        if (File.Exists(Argument))
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"No file at {Path.GetFullPath(Argument)}.");
        return false;
    }

    /// <summary>
    /// The import verbs' one shape: the file must exist, the database is made ready, then
    /// <paramref name="import"/> reads the file in a scope and says what it did. A file of the wrong
    /// kind (the importer throws <typeparamref name="TWrongKind"/>) is said in one line, changes
    /// nothing and exits <see cref="Commands.Failed"/>.
    /// </summary>
    protected async Task<int> ImportFileAsync<TWrongKind>(IServiceProvider services, string wrongKind, Func<IServiceProvider, Stream, Task<int>> import)
        where TWrongKind : Exception
    {
        if (!await ArgumentIsAFileAsync())
        {
            return Commands.Failed;
        }
        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        await using var scope = services.CreateAsyncScope();
        await using var file = new FileStream(Argument, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return await import(scope.ServiceProvider, file);
        }
        catch (TWrongKind e)
        {
            await Console.Error.WriteLineAsync($"{Argument}{wrongKind}: {e.Message}");
            return Commands.Failed;
        }
    }

    /// <summary>For the listing import verbs: when a running site shows what the import changed.</summary>
    protected static void SayWhenTheSiteShowsChanges(int changed)
    {
        if (changed > 0)
        {
            Console.WriteLine("A running site shows the changes within seconds: every node follows the database's change feed.");
        }
    }

    /// <summary>For the import verbs: where the unreadable rows are, the first few by line number.</summary>
    protected static async Task ReportUnreadableAsync(int unreadable, IReadOnlyList<int> firstLines)
    {
        if (unreadable > 0)
        {
            await Console.Error.WriteLineAsync($"  unreadable rows at lines {string.Join(", ", firstLines)}{(unreadable > firstLines.Count ? ", ..." : "")}");
        }
    }
}

public static class Commands
{
    public const int Ok = 0;
    public const int SomeRejected = 1;
    public const int Failed = 2;

    private static readonly Dictionary<string, (bool NeedsArgument, Func<Command> Create)> Verbs = new()
    {
        ["import"] = (true, () => new ImportCommand()),
        ["export"] = (true, () => new ExportCommand()),
        ["reindex"] = (false, () => new ReindexCommand()),
        ["create-admin"] = (true, () => new CreateAdminCommand()),
        ["sql-script"] = (true, () => new SqlScriptCommand()),
        ["import-postcodes"] = (true, () => new ImportPostcodesCommand()),
        ["import-places"] = (true, () => new ImportPlacesCommand()),
        ["backup"] = (true, () => new BackupCommand()),
        ["restore"] = (true, () => new RestoreCommand()),
        ["import-oruk"] = (true, () => new ImportOrukCommand()),
    };

    /// <summary>The command named by the first argument, or null to serve the site.</summary>
    public static Command? Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            if (args.Length > 0 && !args[0].StartsWith('-'))
            {
                throw new ArgumentException($"Unknown command '{args[0]}'. Commands: {string.Join(", ", Verbs.Keys)}.");
            }
            return null;
        }
        var command = verb.Create();
        var rest = args.Skip(1).Where(a => !TakeOption(command, a)).ToArray();
        var argument = rest.FirstOrDefault(a => !a.StartsWith('-'));
        if (verb.NeedsArgument && argument is null)
        {
            throw new ArgumentException($"'{args[0]}' needs an argument; see docs/operations.md.");
        }
        command.Argument = argument ?? "";
        command.HostArgs = rest.Where(a => a != argument).ToArray();
        return command;
    }

    private static bool TakeOption(Command command, string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }
        var (name, value) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], "true");
        if (!command.OptionNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        command.Options[name] = value;
        return true;
    }

    /// <summary>
    /// Runs the command without starting the site. The pages' routes are registered first, because
    /// a command may print a link to a page (create-admin), and links are routed from the pages.
    /// </summary>
    public static Task<int> RunAsync(this Command command, WebApplication app)
    {
        app.MapRazorPages();
        app.UseRouting();
        app.UseEndpoints(_ => { });
        return command.RunAsync(app.Services);
    }
}
