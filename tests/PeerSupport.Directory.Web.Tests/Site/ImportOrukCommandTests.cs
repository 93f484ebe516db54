using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>`import-oruk` as an operator runs it, on a file of another publisher's services (the feed over HTTP is tested in the core tests).</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class ImportOrukCommandTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private static string Service(string id, string name, string freq = "WEEKLY") => $$"""
        {
          "id": "{{id}}", "name": "{{name}}", "description": "{{name}}: a peer support group.", "status": "active",
          "email": "private.lead@example.org",
          "schedules": [{ "id": "{{Guid.NewGuid()}}", "freq": "{{freq}}", "byday": "WE", "opens_at": "19:00" }],
          "service_at_locations": [{ "id": "{{Guid.NewGuid()}}", "location": {
            "id": "{{Guid.NewGuid()}}", "location_type": "physical", "name": "Hall", "latitude": 53.8, "longitude": -1.55 } }]
        }
        """;

    private async Task<string> FeedFileAsync(string name, params string[] services)
    {
        var file = Path.Combine(app.DataFolder, name);
        await File.WriteAllTextAsync(file, $"[{string.Join(",", services)}]");
        return file;
    }

    [Fact]
    public async Task A_service_that_cannot_be_mapped_is_said_by_its_id_the_rest_import_and_the_exit_is_1_with_no_contact_detail_printed()
    {
        _ = app.Server;
        var (good, bad) = ("0b6c1f5e-0000-4000-8000-000000000001", "0b6c1f5e-0000-4000-8000-000000000002");
        var file = await FeedFileAsync("council-feed.json", Service(good, "Cli Oruk Group"), Service(bad, "Cli Oruk Daily", "DAILY"));

        var (exit, output, error) = await app.RunCommandAsync("import-oruk", file);

        Assert.Equal(1, exit);
        Assert.Contains("Read 2 services from council-feed.json: 1 created, 0 updated, 0 unchanged, 0 closed at the publisher and left out, 1 not imported.", output, StringComparison.Ordinal);
        Assert.Contains($"not imported: service {bad}: schedule 1: freq \"DAILY\" is not WEEKLY or MONTHLY", error, StringComparison.Ordinal);
        Assert.DoesNotContain("private.lead@", output + error, StringComparison.Ordinal);
        var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Name == "Cli Oruk Group"));
        Assert.Equal((ListingStatus.Pending, "council-feed.json"), (listing.Status, listing.Source));
    }

    [Fact]
    public async Task Publish_and_a_named_source_are_the_commands_own_options_and_a_rerun_exits_0_changing_nothing()
    {
        _ = app.Server;
        var file = await FeedFileAsync("downloaded.json", Service("0b6c1f5e-0000-4000-8000-000000000003", "Cli Oruk Published"));

        var (exit, _, _) = await app.RunCommandAsync("import-oruk", "--publish", "--source=https://council.example/oruk", file);
        var (again, output, _) = await app.RunCommandAsync("import-oruk", file, "--source=https://council.example/oruk", "--publish");

        Assert.Equal((0, 0), (exit, again));
        Assert.Contains("0 created, 0 updated, 1 unchanged", output, StringComparison.Ordinal);
        var listing = await app.DbAsync(db => db.Listings.SingleAsync(l => l.Name == "Cli Oruk Published"));
        Assert.Equal((ListingStatus.Published, "https://council.example/oruk"), (listing.Status, listing.Source));
    }

    [Fact]
    public async Task A_missing_file_and_a_bad_timeout_are_said_in_one_line_and_exit_2()
    {
        var file = await FeedFileAsync("fine.json", Service(Guid.NewGuid().ToString(), "Cli Oruk Unused"));

        var (missing, _, missingError) = await app.RunCommandAsync("import-oruk", Path.Combine(app.DataFolder, "no-such-feed.json"));
        var (badTimeout, _, timeoutError) = await app.RunCommandAsync("import-oruk", file, "--timeout=soon");

        Assert.Equal((2, 2), (missing, badTimeout));
        Assert.StartsWith("No file at", missingError, StringComparison.Ordinal);
        Assert.Equal("--timeout must be a number of seconds between 0 and 3600, not 'soon'.", timeoutError.Trim());
    }
}
