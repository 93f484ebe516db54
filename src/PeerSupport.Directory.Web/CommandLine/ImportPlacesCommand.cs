using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `import-places &lt;file&gt;`: loads a full place-name file (the ONS Index of Place Names CSV, or
/// name,county,nation,latitude,longitude[,population]; docs/operations.md) beside the seed
/// gazetteer, replacing any earlier import in one step. Exit 0, 1 when some rows could not be read
/// (they are left out), 2 when the file is missing or not a place-name file (nothing changes).
/// A running site uses the new names from its next start.
/// </summary>
public sealed class ImportPlacesCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        if (!await ArgumentIsAFileAsync())
        {
            return Commands.Failed;
        }
        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        await using var scope = services.CreateAsyncScope();
        await using var file = File.OpenRead(Argument);
        PlaceNameImportResult result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<PlaceNameImporter>().ImportAsync(file);
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync($"{Argument}: {e.Message}");
            return Commands.Failed;
        }
        Console.WriteLine($"Imported {Argument}: {result.Imported:N0} place names from {result.Rows:N0} rows; left out {result.AlreadyKnown:N0} the gazetteer has, " +
            $"{result.Duplicates:N0} repeated, {result.Unreadable:N0} unreadable. The site uses them from its next start.");
        await ReportUnreadableAsync(result.Unreadable, result.FirstUnreadableLines);
        return result.Unreadable == 0 ? Commands.Ok : Commands.SomeRejected;
    }
}
