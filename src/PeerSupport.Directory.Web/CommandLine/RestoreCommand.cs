using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Backups;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `restore &lt;file&gt;`: a backup into the configured database, which must be empty (docs/operations.md,
/// "Backups"). Exit 0 when every table verified; 2 when the file is damaged or not a backup, the
/// target holds rows or a table did not verify after the copy (named).
/// </summary>
public sealed class RestoreCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        if (!await ArgumentIsAFileAsync())
        {
            return Commands.Failed;
        }
        await using var scope = services.CreateAsyncScope();
        RestoreResult result;
        try
        {
            result = await new DirectoryRestore(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>()).RestoreAsync(Argument);
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync($"{Argument} cannot be restored: {e.Message} Nothing was changed.");
            return Commands.Failed;
        }
        catch (BackupRefusedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return Commands.Failed;
        }
        if (result.Mismatch is not null)
        {
            await Console.Error.WriteLineAsync($"The restore did not verify: {result.Mismatch}. Do not use this database; drop it and restore again.");
            return Commands.Failed;
        }
        Console.WriteLine($"Restored {result.Manifest.Count} tables, {result.Manifest.Sum(t => t.Rows):N0} rows, from a {result.Header.Provider} backup taken {result.Header.TakenAt:u} at schema {BackupHeader.MigrationName(result.Header.Migration)}; every count and checksum verified.");
        var current = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Database.GetMigrations().Last();
        if (BackupHeader.MigrationName(current) != BackupHeader.MigrationName(result.Header.Migration))
        {
            Console.WriteLine($"The backup is from an older version: the database was then migrated on to this version's schema ({BackupHeader.MigrationName(current)}).");
        }
        Console.WriteLine("The search index is not in a backup: run `reindex` before starting the site (or start it on an empty data folder, which builds the index).");
        return Commands.Ok;
    }
}
