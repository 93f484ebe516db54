using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>`sql-script &lt;file&gt;`: writes the idempotent SQL Server migrations script for a deploy (docs/operations.md).</summary>
public sealed class SqlScriptCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        await File.WriteAllTextAsync(Argument, SqlServerScript.Generate());
        Console.WriteLine($"Wrote the idempotent SQL Server migrations script to {Path.GetFullPath(Argument)}.");
        return Commands.Ok;
    }
}
