using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `import-places &lt;file&gt;`: loads a full place-name file (the ONS Index of Place Names CSV, or
/// name,county,nation,latitude,longitude[,population]; docs/operations.md) beside the seed
/// gazetteer, replacing any earlier import in one step. Exit 0, 1 when some rows could not be read
/// (they are left out), 2 when the file is missing or not a place-name file (nothing changes).
/// Every running node uses the new names within about a second (it follows the change feed).
/// </summary>
public sealed class ImportPlacesCommand : Command
{
    public override Task<int> RunAsync(IServiceProvider services) =>
        ImportFileAsync<InvalidDataException>(services, "", async (provider, file) =>
        {
            var result = await provider.GetRequiredService<PlaceNameImporter>().ImportAsync(file);
            Console.WriteLine($"Imported {Argument}: {result.Imported:N0} place names from {result.Rows:N0} rows; left out {result.AlreadyKnown:N0} the gazetteer has, " +
                $"{result.Duplicates:N0} repeated, {result.Unreadable:N0} unreadable. Running nodes use them within seconds.");
            await ReportUnreadableAsync(result.Unreadable, result.FirstUnreadableLines);
            return result.Unreadable == 0 ? Commands.Ok : Commands.SomeRejected;
        });
}
