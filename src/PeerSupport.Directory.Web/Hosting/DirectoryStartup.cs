using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.Search;
using PeerSupport.Directory.Taxonomy;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Hosting;

/// <summary>
/// What happens before the site answers: migrate (SQLite), move data-protection keys kept in the
/// data folder into the database (once), load the taxonomy and place aliases and, into an empty
/// database, the demo listings; then build the search index if it is missing, damaged or of an
/// older schema, or else catch it up from its feed watermark (<see cref="FeedFollower.StartAsync"/>).
/// </summary>
public static class DirectoryStartup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await PrepareDatabaseAsync(services, importDemoListings: true, cancellationToken);

        await services.GetRequiredService<FeedFollower>().StartAsync(cancellationToken);
    }

    /// <summary>Migrates (SQLite), adds missing taxonomy tags and, when asked and the database is empty, the demo listings.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider root, bool importDemoListings, CancellationToken cancellationToken = default)
    {
        var logger = root.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectoryStartup));
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<DirectoryDbContext>();
        await DirectoryDatabase.PrepareAsync(db, logger, cancellationToken);
        var keysCopied = await KeyRingSetup.ImportFolderKeysAsync(db, services.GetRequiredService<DataFolder>(), cancellationToken);
        if (keysCopied > 0)
        {
            logger.LogInformation("Data-protection keys: {Count} copied from the data folder into the database.", keysCopied);
        }
        var seed = services.GetRequiredService<SeedFiles>();
        await using (var taxonomy = File.OpenRead(seed.Taxonomy))
        {
            var added = await services.GetRequiredService<TaxonomyImporter>().ImportMissingAsync(taxonomy, cancellationToken);
            if (added > 0)
            {
                logger.LogInformation("Taxonomy: {Count} tags added from seed data.", added);
            }
        }
        // Place aliases live in the database (moderators extend them); the seed adds those it never had.
        var aliases = services.GetRequiredService<PlaceAliasStore>();
        var aliasesAdded = await aliases.ImportMissingAsync(seed.PlaceAliases, cancellationToken);
        if (aliasesAdded > 0)
        {
            logger.LogInformation("Place aliases: {Count} added from seed data.", aliasesAdded);
        }
        await aliases.RefreshAsync(cancellationToken);
        if (!importDemoListings || !seed.ImportDemoListings || await db.Listings.AnyAsync(cancellationToken))
        {
            return;
        }
        await using var listings = File.OpenRead(seed.Listings);
        var result = await services.GetRequiredService<ListingImporter>().ImportAsync(listings, cancellationToken);
        logger.LogInformation("Demo listings imported into the empty database: {Created} created, {Rejected} rejected.", result.Created, result.Rejected.Count);
        foreach (var problem in result.Rejected)
        {
            logger.LogWarning("Demo listing rejected: {Problem}", problem.ToString());
        }
    }
}

/// <summary>Where the seed files are: copied beside the app at build time (see the .csproj).</summary>
public sealed record SeedFiles(string Folder, bool ImportDemoListings)
{
    public string Taxonomy => Path.Combine(Folder, "taxonomy.json");
    public string Listings => Path.Combine(Folder, "listings.json");
    public string Places => Path.Combine(Folder, "places-gb.csv");
    public string PlaceAliases => Path.Combine(Folder, "place-aliases.csv");
}
