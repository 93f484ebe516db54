using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings.Import;
using PeerSupport.Directory.OpenData;
using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Web.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// Privacy: ASP.NET Core's request log ("Request starting GET /find?where=…") would write every
    /// search, so the hosting diagnostics category is held at Warning in code as well as in
    /// appsettings.json; a configuration typo cannot turn it back on.
    /// </summary>
    public static void AddPrivateLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure", LogLevel.Warning);
        // An outgoing request's URL can hold a postcode (PostcodesIoLookup).
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
    }

    public static void AddPlacesAndSeed(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["Seed:Folder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "seed-data");
        var seed = new SeedFiles(folder, builder.Configuration.GetValue("Seed:ImportDemoListings", true));
        builder.Services.AddSingleton(seed);
        builder.Services.AddSingleton(_ => new PlaceNames(Gazetteer.Load(seed.Places, seed.PlaceAliases)));
        builder.Services.AddScoped<PlaceAliasStore>();
        builder.Services.AddScoped<PlaceNameImporter>();
        builder.Services.AddScoped<TaxonomyImporter>();
        builder.Services.AddSingleton<Pages.Find.SearchChoicesCache>();
        builder.Services.AddScoped<ListingImporter>();
        builder.Services.AddScoped<ListingExporter>();
        builder.Services.AddScoped<OrukImporter>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiteLinks>();
    }
}
