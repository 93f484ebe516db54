using System.Text;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

/// <summary>An operator's full place-name file (ONS Index of Place Names, or our plain format) joins the gazetteer on a real SQLite file.</summary>
public sealed class PlaceNameImportTests : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Geography", "ipn-sample.csv");
    private TestDirectory directory = null!;
    private PlaceNames names = null!;

    public async Task InitializeAsync()
    {
        directory = await TestDirectory.CreateAsync(withIndex: false);
        names = new PlaceNames(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv")));
    }

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private async Task<PlaceNameImportResult> ImportAsync(Stream file)
    {
        await using var db = directory.NewContext();
        return await new PlaceNameImporter(db, names, directory.Clock).ImportAsync(file);
    }

    private async Task RefreshAsync()
    {
        await using var db = directory.NewContext();
        await new PlaceAliasStore(db, names, directory.Clock).RefreshAsync();
    }

    private Location Resolve(string typed) => new LocationResolver(names, NoPostcodeLookup.Instance).ResolveName(typed);

    [Fact]
    public async Task The_ONS_index_of_place_names_adds_the_villages_the_gazetteer_lacks_and_leaves_out_what_it_has()
    {
        Assert.IsType<Location.NotFound>(Resolve("Hawes"));

        await using var file = File.OpenRead(Sample);
        var result = await ImportAsync(file);
        await RefreshAsync();

        Assert.Equal((6, 3, 1, 1, 1), (result.Rows, result.Imported, result.AlreadyKnown, result.Duplicates, result.Unreadable));
        Assert.Equal([6], result.FirstUnreadableLines);
        var hawes = Assert.IsType<Location.Found>(Resolve("hawes"));
        Assert.InRange(hawes.Point.DistanceKmTo(new GeoPoint(54.304, -2.197)), 0, 0.1);
        Assert.Equal(Nations.England, hawes.Nation);
        // Leeds was already known: still the city, with no second Leeds to ask about.
        Assert.Empty(Assert.IsType<Location.Found>(Resolve("Leeds")).Others);
    }

    [Fact]
    public async Task An_imported_hamlet_never_outweighs_a_town_of_the_same_name_it_is_offered_beside_it()
    {
        await using var file = File.OpenRead(Sample);
        await ImportAsync(file);
        await RefreshAsync();
        var cranbrook = Assert.IsType<Location.Found>(Resolve("Cranbrook"));
        Assert.Equal("Kent", cranbrook.Place!.County);
        Assert.Contains(cranbrook.Others, p => p.County == "Devon");
    }

    [Fact]
    public async Task Importing_again_replaces_the_previous_import_and_a_bad_file_changes_nothing()
    {
        await ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("name,county,nation,latitude,longitude\nHawes,North Yorkshire,England,54.304,-2.197\n")));
        await ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("name,county,nation,latitude,longitude,population\nGrasmere,Cumbria,England,54.458,-3.024,1458\n")));
        await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes("pcds,lat,long\nLS1 4AP,53.8,-1.5\n"))));
        await RefreshAsync();

        await using var db = directory.NewContext();
        Assert.Equal(["Grasmere"], await db.PlaceAliases.Where(a => a.Kind == PlaceAliasKinds.Imported).Select(a => a.Name).ToListAsync());
        Assert.IsType<Location.NotFound>(Resolve("Hawes"));
        Assert.Equal(1458, Assert.IsType<Location.Found>(Resolve("Grasmere")).Place!.Population);
    }
}
