namespace PeerSupport.Directory.Web.Tests.Find;

/// <summary>The site with Postcodes:Provider = Onspd.</summary>
public sealed class OnspdDirectoryApp : DirectoryAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Postcodes:Provider"] = "Onspd" };
}

/// <summary>Postcode searches through /find with the ONS Postcode Directory, imported by the operator's verb.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class OnspdPostcodeSearchTests(OnspdDirectoryApp app) : IClassFixture<OnspdDirectoryApp>
{
    private readonly HttpClient client = app.CreateBrowserLikeClient();

    private async Task<(int Exit, string Out, string Error)> ImportPostcodesAsync()
    {
        _ = app.Server;
        var file = Path.Combine(app.DataFolder, "ONSPD_SAMPLE_UK.csv");
        await File.WriteAllTextAsync(file, """
            "pcd","pcd2","pcds","dointr","doterm","usertype","oseast1m","osnrth1m","osgrdind","ctry","lat","long"
            "LS1 4AP","LS1  4AP","LS1 4AP","198001","","0",429850,433710,"1","E92000001",53.799000,-1.549000
            "LS1 5DL","LS1  5DL","LS1 5DL","198001","","0",430380,433270,"1","E92000001",53.795000,-1.541000
            "LS1 1AA","LS1  1AA","LS1 1AA","198001","199808","1",429900,433600,"1","E92000001",53.798000,-1.548000
            "LS6 3HN","LS6  3HN","LS6 3HN","198001","","0",427900,436210,"1","E92000001",53.819100,-1.578600
            "LS1 9ZZ","LS1  9ZZ","LS1 9ZZ","201905","","1",,,"9","E92000001",99.999999,0.000000
            """);
        return await app.RunCommandAsync("import-postcodes", file);
    }

    [Fact]
    public async Task Import_postcodes_reports_what_it_imported_and_left_out()
    {
        var (exit, output, _) = await ImportPostcodesAsync();

        Assert.Equal(0, exit);
        Assert.Contains("3 postcodes and 2 outward codes from 5 rows; left out 1 terminated, 1 without coordinates, 0 unreadable", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Postcodes:Provider", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postcode_search_lists_groups_near_that_postcode()
    {
        await ImportPostcodesAsync();
        await app.ImportAsync(
            TestListings.Group("Ospreyfield Near Group", 53.7995, -1.5480),
            TestListings.Group("Ospreyfield Far Group", 53.8400, -1.6500));

        var text = PageText.Of(await client.GetStringAsync("/find?where=ls14ap&miles=3&q=ospreyfield&local=true"));

        Assert.Contains("1 result within 3 miles of LS1 4AP", text, StringComparison.Ordinal);
        Assert.Contains("Ospreyfield Near Group", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ospreyfield Far Group", text, StringComparison.Ordinal);
        Assert.Contains("Source: Office for National Statistics", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outward_code_search_is_centred_on_the_district()
    {
        await ImportPostcodesAsync();

        var text = PageText.Of(await client.GetStringAsync("/find?where=LS1&miles=3"));

        Assert.Contains("within 3 miles of LS1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_postcode_gets_a_clear_message_and_keeps_what_was_typed()
    {
        await ImportPostcodesAsync();

        var html = await client.GetStringAsync("/find?where=LS1+1AA");

        Assert.Contains("We couldn't find the postcode \"LS1 1AA\"", PageText.Of(html), StringComparison.Ordinal);
        Assert.Contains("value=\"LS1 1AA\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"results\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_page_says_postcodes_stay_on_this_server()
    {
        var text = PageText.Of(await client.GetStringAsync("/privacy"));
        Assert.Contains("kept on our own server. It is not sent anywhere.", text, StringComparison.Ordinal);
    }
}
