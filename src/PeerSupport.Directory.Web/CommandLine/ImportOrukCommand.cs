using System.Globalization;
using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Web.Hosting;

namespace PeerSupport.Directory.Web.CommandLine;

/// <summary>
/// `import-oruk &lt;url-or-file&gt; [--publish] [--source=&lt;feed&gt;] [--timeout=&lt;seconds&gt;] [--retries=&lt;n&gt;]`:
/// takes another publisher's Open Referral UK 3.0 services in (docs/operations.md, "Importing an Open
/// Referral UK feed"). Exit 0 when every service was read and imported, 1 when some were not (each is
/// said with its reasons), 2 when nothing of the feed could be read. Prints counts and the publisher's
/// service ids only, never a contact detail.
/// </summary>
public sealed class ImportOrukCommand : Command
{
    public override IReadOnlyList<string> OptionNames => ["publish", "source", "timeout", "retries"];

    public override async Task<int> RunAsync(IServiceProvider services)
    {
        var isUrl = OrukFeedReader.IsUrl(Argument);
        if (!isUrl && !await ArgumentIsAFileAsync())
        {
            return Commands.Failed;
        }
        if (!TryReadOptions(out var feedOptions, out var problem))
        {
            await Console.Error.WriteLineAsync(problem);
            return Commands.Failed;
        }
        var source = Options.GetValueOrDefault("source") is { Length: > 0 } named
            ? named
            : isUrl ? OrukFeedReader.BaseOf(Argument) : Path.GetFileName(Argument);
        var publish = Options.ContainsKey("publish");

        await DirectoryStartup.PrepareDatabaseAsync(services, importDemoListings: false);
        await using var scope = services.CreateAsyncScope();
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var reader = new OrukFeedReader(http, feedOptions, services.GetRequiredService<TimeProvider>());
        var result = await scope.ServiceProvider.GetRequiredService<OrukImporter>()
            .ImportAsync(reader.ReadAsync(Argument), new OrukImportOptions(source, publish));

        Console.WriteLine($"Read {result.Read} services from {source}: {result.Created} created, {result.Updated} updated, " +
            $"{result.Unchanged} unchanged, {result.Inactive} closed at the publisher and left out, {result.NotImported.Count} not imported" +
            $"{(result.Unread.Count > 0 ? $", {result.Unread.Count} parts of the feed not read" : "")}.");
        foreach (var unread in result.Unread)
        {
            await Console.Error.WriteLineAsync($"  not read: {unread}");
        }
        foreach (var service in result.NotImported)
        {
            await Console.Error.WriteLineAsync($"  not imported: {service}");
        }
        if (result.Created > 0 && !publish)
        {
            Console.WriteLine("New listings wait for a moderator in the review queue (or import with --publish).");
        }
        SayWhenTheSiteShowsChanges(result.Created + result.Updated);
        return result.Complete ? Commands.Ok
            : result.Read == 0 && result.Unread.Count > 0 ? Commands.Failed
            : Commands.SomeRejected;
    }

    private bool TryReadOptions(out OrukFeedOptions options, out string problem)
    {
        options = new OrukFeedOptions();
        problem = "";
        if (Options.GetValueOrDefault("timeout") is { } timeout)
        {
            if (!double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds is <= 0 or > 3600)
            {
                problem = $"--timeout must be a number of seconds between 0 and 3600, not '{timeout}'.";
                return false;
            }
            options = options with { Timeout = TimeSpan.FromSeconds(seconds) };
        }
        if (Options.GetValueOrDefault("retries") is { } retries)
        {
            if (!int.TryParse(retries, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 10)
            {
                problem = $"--retries must be a whole number from 0 to 10, not '{retries}'.";
                return false;
            }
            options = options with { Retries = count };
        }
        return true;
    }
}
