using System.Text.Json;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>`import &lt;file&gt;`: see docs/import-format.md for the format and the exit codes.</summary>
public sealed class ImportCommand : Command
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
        ImportResult result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<ListingImporter>().ImportAsync(file);
        }
        catch (JsonException e)
        {
            await Console.Error.WriteLineAsync($"{Argument} is not a listing file: {e.Message}");
            return Commands.Failed;
        }
        Console.WriteLine($"Imported {Argument}: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected.Count} rejected.");
        foreach (var problem in result.Rejected)
        {
            await Console.Error.WriteLineAsync($"  rejected {problem}");
        }
        if (result.Created + result.Updated > 0)
        {
            Console.WriteLine("A running site picks the changes up at its next index reconcile (hourly), or now with a restart.");
        }
        return result.Rejected.Count == 0 ? Commands.Ok : Commands.SomeRejected;
    }
}
