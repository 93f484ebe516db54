using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>`export &lt;file&gt;`: every listing in the import format; written to a temporary file first, then moved into place.</summary>
public sealed class ExportCommand : Command
{
    public override async Task<int> RunAsync(IServiceProvider services)
    {
        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        await using var scope = services.CreateAsyncScope();
        var target = Path.GetFullPath(Argument);
        var temp = target + ".tmp";
        int count;
        await using (var file = File.Create(temp))
        {
            count = await scope.ServiceProvider.GetRequiredService<ListingExporter>().ExportAsync(file);
        }
        File.Move(temp, target, overwrite: true);
        Console.WriteLine($"Exported {count} listings to {target}.");
        return Commands.Ok;
    }
}
