using Microsoft.Extensions.Options;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `import-postcodes &lt;file&gt;`: loads the ONS Postcode Directory CSV (docs/operations.md), replacing
/// any earlier import in one step. Exit 0, 1 when some rows could not be read (they are left
/// out), 2 when the file is missing or not ONSPD (nothing changes).
/// </summary>
public sealed class ImportPostcodesCommand : Command
{
    private const int ProgressEvery = 250_000;

    public override Task<int> RunAsync(IServiceProvider services) =>
        ImportFileAsync<InvalidDataException>(services, "", async (provider, file) =>
        {
            var nextReport = ProgressEvery;
            var progress = new Reporter(rows =>
            {
                if (rows >= nextReport)
                {
                    Console.WriteLine($"  {rows:N0} rows read");
                    nextReport = (rows / ProgressEvery + 1) * ProgressEvery;
                }
            });
            var result = await provider.GetRequiredService<PostcodeDirectoryImporter>().ImportAsync(file, progress);
            Console.WriteLine($"Imported {Argument}: {result.Imported:N0} postcodes and {result.Outcodes:N0} outward codes from {result.Rows:N0} rows; " +
                $"left out {result.Terminated:N0} terminated, {result.WithoutCoordinates:N0} without coordinates, {result.Unreadable:N0} unreadable.");
            await ReportUnreadableAsync(result.Unreadable, result.FirstUnreadableLines);
            if (provider.GetRequiredService<IOptions<PostcodeOptions>>().Value.Provider != PostcodeProvider.Onspd)
            {
                Console.WriteLine("The site looks postcodes up here once Postcodes:Provider is Onspd (docs/operations.md).");
            }
            return result.Unreadable == 0 ? Commands.Ok : Commands.SomeRejected;
        });

    /// <summary>Reports on the importer's own thread, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
