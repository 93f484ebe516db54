using PeerSupport.Directory.Backups;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `backup &lt;file&gt;`: every table of the configured database, from one consistent moment, into one
/// file (docs/operations.md, "Backups"); the site may keep running. Written beside the target
/// first and moved into place, so a failed backup never leaves a half file under the name.
/// </summary>
public sealed class BackupCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await DirectoryDatabase.PrepareAsync(db, scope.ServiceProvider.GetRequiredService<ILogger<BackupCommand>>());
        var target = Path.GetFullPath(Argument);
        var temp = target + ".tmp";
        IReadOnlyList<TableSum> manifest;
        try
        {
            await using (var file = File.Create(temp))
            {
                manifest = await new DirectoryBackup(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).WriteAsync(file, target + ".snapshot.tmp");
            }
        }
        catch (BackupRefusedException e)
        {
            File.Delete(temp);
            await Console.Error.WriteLineAsync(e.Message);
            return Commands.Failed;
        }
        File.Move(temp, target, overwrite: true);
        Console.WriteLine($"Backed up {manifest.Count} tables, {manifest.Sum(t => t.Rows):N0} rows, to {target}.");
        return Commands.Ok;
    }
}
