using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Geography;

/// <summary>
/// The ONS Postcode Directory imported into a real SQLite file (a small ONSPD-shaped sample:
/// five live postcodes, one terminated, one without coordinates), then looked up. Batches of
/// two rows, so every import crosses several batch transactions.
/// </summary>
public sealed class PostcodeDirectoryTests : IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Geography", "onspd-sample.csv");
    private static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "seed-data", "places-gb.csv"));
    private const string Header = "\"pcd\",\"pcds\",\"dointr\",\"doterm\",\"lat\",\"long\"";

    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    private async Task<PostcodeImportResult> ImportAsync(string csv)
    {
        await using var db = directory.NewContext();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new PostcodeDirectoryImporter(db) { BatchSize = 2 }.ImportAsync(file);
    }

    private Task<PostcodeImportResult> ImportSampleAsync() => ImportAsync(File.ReadAllText(Sample));

    private async Task<Location> ResolveAsync(string typed)
    {
        await using var db = directory.NewContext();
        return await new LocationResolver(Places, new OnspdPostcodeLookup(db, NullLogger<OnspdPostcodeLookup>.Instance)).ResolveAsync(typed);
    }

    [Fact]
    public async Task Import_counts_live_postcodes_and_leaves_out_terminated_ones_and_those_without_coordinates()
    {
        var result = await ImportSampleAsync();

        Assert.Equal((7, 5, 3, 1, 1, 0), (result.Rows, result.Imported, result.Outcodes, result.Terminated, result.WithoutCoordinates, result.Unreadable));
        await using var db = directory.NewContext();
        Assert.Equal(5, await db.Postcodes.CountAsync());
        Assert.Equal(0, await db.StagedPostcodes.CountAsync());
    }

    [Fact]
    public async Task A_full_postcode_resolves_to_its_own_point_whatever_its_spacing_and_case()
    {
        await ImportSampleAsync();

        var found = Assert.IsType<Location.Found>(await ResolveAsync(" ls14ap "));

        Assert.Equal(new GeoPoint(53.799, -1.549), found.Point);
        Assert.Equal("LS1 4AP", found.Label);
    }

    [Fact]
    public async Task An_outward_code_resolves_to_the_mean_of_its_live_postcodes()
    {
        await ImportSampleAsync();

        var found = Assert.IsType<Location.Found>(await ResolveAsync("LS1"));

        Assert.Equal("LS1", found.Label);
        Assert.Equal(53.797, found.Point.Latitude, precision: 9);
        Assert.Equal(-1.545, found.Point.Longitude, precision: 9);
    }

    [Theory]
    [InlineData("LS1 1AA")]
    [InlineData("LS1 9ZZ")]
    [InlineData("ZZ9 9ZZ")]
    [InlineData("ZZ9")]
    public async Task A_terminated_unlocated_or_unknown_postcode_is_not_found_and_a_town_is_suggested(string typed)
    {
        await ImportSampleAsync();

        var notFound = Assert.IsType<Location.NotFound>(await ResolveAsync(typed));

        Assert.Contains($"couldn't find the postcode \"{typed}\"", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("town", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_any_import_postcodes_are_unavailable_rather_than_unknown()
    {
        var notFound = Assert.IsType<Location.NotFound>(await ResolveAsync("LS1 4AP"));
        Assert.Contains("couldn't look up postcodes right now", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_again_replaces_the_previous_directory()
    {
        await ImportSampleAsync();

        var result = await ImportAsync($"""
            {Header}
            "LS2 7HY","LS2 7HY","198001","",53.806700,-1.555400
            "M1  1AE","M1 1AE","198001","",53.479400,-2.245300
            """);

        Assert.Equal(2, result.Imported);
        Assert.IsType<Location.Found>(await ResolveAsync("LS2 7HY"));
        Assert.IsType<Location.Found>(await ResolveAsync("M1 1AE"));
        Assert.IsType<Location.NotFound>(await ResolveAsync("LS1 4AP"));
        Assert.IsType<Location.NotFound>(await ResolveAsync("LS6"));
        await using var db = directory.NewContext();
        Assert.Equal(["LS2", "M1"], await db.Outcodes.OrderBy(o => o.Outcode).Select(o => o.Outcode).ToListAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_the_postcode_directory_is_refused_and_the_directory_is_kept()
    {
        await ImportSampleAsync();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync("name,latitude,longitude\nLeeds,53.8,-1.55\n"));

        Assert.Contains("no pcds, lat, long, doterm column", error.Message, StringComparison.Ordinal);
        Assert.IsType<Location.Found>(await ResolveAsync("LS1 4AP"));
    }

    [Fact]
    public async Task A_postcode_listed_twice_in_different_batches_fails_the_import_and_the_old_directory_stays_whole()
    {
        await ImportSampleAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync($"""
            {Header}
            "LS2 7HY","LS2 7HY","198001","",53.806700,-1.555400
            "LS2 8AA","LS2 8AA","198001","",53.807000,-1.556000
            "LS2 7HY","LS2 7HY","198001","",53.806700,-1.555400
            """));

        Assert.IsType<Location.Found>(await ResolveAsync("LS1 4AP"));
        Assert.IsType<Location.NotFound>(await ResolveAsync("LS2 8AA"));
        await using var db = directory.NewContext();
        Assert.Equal(5, await db.Postcodes.CountAsync());
    }

    [Fact]
    public async Task A_file_with_no_live_located_postcode_changes_nothing()
    {
        await ImportSampleAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync($"""
            {Header}
            "LS1 1AA","LS1 1AA","198001","199808",53.798000,-1.548000
            """));

        Assert.IsType<Location.Found>(await ResolveAsync("LS1 4AP"));
    }

    [Fact]
    public async Task Unreadable_rows_are_counted_by_line_and_the_rest_imported()
    {
        var result = await ImportAsync($"""
            {Header}
            "LS2 7HY","LS2 7HY","198001","",53.806700,-1.555400
            "LS2 8AA","not a postcode","198001","",53.807000,-1.556000
            "LS2 9JT","LS2 9JT","198001","",north,-1.556000
            "LS2 3AD","LS2 3AD"
            """);

        Assert.Equal(1, result.Imported);
        Assert.Equal(3, result.Unreadable);
        Assert.Equal([3, 4, 5], result.FirstUnreadableLines);
    }
}
