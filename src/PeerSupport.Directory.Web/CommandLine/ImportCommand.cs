using System.Text.Json;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>`import &lt;file&gt;`: see docs/import-format.md for the format and the exit codes.</summary>
public sealed class ImportCommand : Command
{
    public override Task<int> RunAsync(IServiceProvider services) =>
        ImportFileAsync<JsonException>(services, " is not a listing file", async (provider, file) =>
        {
            var result = await provider.GetRequiredService<ListingImporter>().ImportAsync(file);
            Console.WriteLine($"Imported {Argument}: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {result.Rejected.Count} rejected.");
            foreach (var problem in result.Rejected)
            {
                await Console.Error.WriteLineAsync($"  rejected {problem}");
            }
            SayWhenTheSiteShowsChanges(result.Created + result.Updated);
            return result.Rejected.Count == 0 ? Commands.Ok : Commands.SomeRejected;
        });
}
