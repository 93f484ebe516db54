using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeerSupport.Directory.Web.CommandLine;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>The operator's verbs, run against the same services the site uses. They write to the console, so they run alone.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed partial class CommandLineTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => app.RunCommandAsync(args);

    [Fact]
    public async Task Create_admin_prints_a_one_time_link_that_sets_a_password_and_opens_the_dashboard()
    {
        _ = app.Server;
        var (exit, output, _) = await RunAsync("create-admin", "admin@example.com");
        Assert.Equal(0, exit);
        var link = new Uri(SetPasswordLink().Match(output).Value);

        var client = app.CreateBrowserLikeClient();
        var set = await client.PostFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = "a brand new admin password" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var reused = await client.PostFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = "another new admin password" });
        Assert.Contains("already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var login = await client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@example.com",
            ["Input.Password"] = "a brand new admin password",
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.TurnOnTwoStepAsync("a brand new admin password")).Answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/jobs")).StatusCode);
    }

    [Fact]
    public async Task Create_admin_on_an_account_someone_already_holds_gives_them_nothing_the_link_replaces_password_sessions_and_second_factor_first()
    {
        _ = app.Server;
        // Someone registered the operator's address first, chose a password and an authenticator.
        await app.CreateLeadAsync("taken.admin@example.com");
        var squatter = await app.SignedInClientAsync("taken.admin@example.com");
        await squatter.TurnOnTwoStepAsync();

        var (exit, output, _) = await RunAsync("create-admin", "taken.admin@example.com");
        Assert.Equal(0, exit);
        Assert.NotEqual(HttpStatusCode.OK, (await squatter.GetAsync("/admin/jobs")).StatusCode);
        var link = new Uri(SetPasswordLink().Match(output).Value);

        var operatorBrowser = app.CreateBrowserLikeClient();
        var set = await operatorBrowser.PostFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = "the operators own password" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        Assert.False(await squatter.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("taken.admin@example.com")).StatusCode);
        var signedIn = await operatorBrowser.SignInAsync("taken.admin@example.com", "the operators own password");
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        await operatorBrowser.TurnOnTwoStepAsync("the operators own password");
        Assert.Equal(HttpStatusCode.OK, (await operatorBrowser.GetAsync("/admin/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_link_cannot_be_used_as_a_create_admin_link()
    {
        _ = app.Server;
        var id = await app.CreateLeadAsync("wants.admin@example.com");
        var client = app.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "wants.admin@example.com" });
        var reset = new Uri("https://directory.test" + Assert.Single((await app.LatestAsync("wants.admin@example.com", "Reset your password")).Links()));
        var asAdminLink = "/account/set-password" + reset.Query;

        var tried = await client.PostFormAsync(asAdminLink, new Dictionary<string, string> { ["Input.Password"] = "a brand new long password" });

        Assert.Contains("expired or has already been used", await tried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == PeerSupport.Directory.Accounts.Roles.Admin))));
    }

    [Fact]
    public async Task Import_reports_each_rejected_record_by_position_and_exits_with_1()
    {
        _ = app.Server;
        var file = Path.Combine(app.DataFolder, "bad-import.json");
        var good = TestListings.Group("Cli Imported Group", 53.8, -1.55);
        var bad = TestListings.Group("Cli Broken Group", 53.8, -1.55);
        bad.JoinBy = "Teleport";
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(
            new PeerSupport.Directory.Listings.Import.ListingFile { Listings = [good, bad] }, PeerSupport.Directory.Listings.Import.ListingFile.Json));

        var (exit, output, error) = await RunAsync("import", file);

        Assert.Equal(1, exit);
        Assert.Contains("1 created, 0 updated, 0 unchanged, 1 rejected", output, StringComparison.Ordinal);
        Assert.Contains("record 2 (web-test-cli-broken-group): joinBy must be one of", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_json_changes_nothing_and_exits_with_2()
    {
        _ = app.Server;
        var file = Path.Combine(app.DataFolder, "not-json.json");
        await File.WriteAllTextAsync(file, "this is not json");
        var (exit, _, error) = await RunAsync("import", file);
        Assert.Equal(2, exit);
        Assert.Contains("is not a listing file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_every_listing_in_the_import_format()
    {
        _ = app.Server;
        var file = Path.Combine(app.DataFolder, "export.json");
        var (exit, output, _) = await RunAsync("export", file);
        Assert.Equal(0, exit);
        Assert.Matches("Exported [0-9]{3} listings", output);
        Assert.Contains("\"externalId\": \"demo-0001\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_script_writes_the_idempotent_SQL_Server_script_to_the_file_named()
    {
        _ = app.Server;
        var file = Path.Combine(app.DataFolder, "deploy.sql");

        var (exit, output, _) = await RunAsync("sql-script", file);

        Assert.Equal(0, exit);
        Assert.Contains($"Wrote the idempotent SQL Server migrations script to {file}", output, StringComparison.Ordinal);
        Assert.Equal(PeerSupport.Directory.Data.SqlServerScript.Generate(), await File.ReadAllTextAsync(file));
    }

    [Fact]
    public void An_unknown_command_is_refused_with_the_list_of_commands()
    {
        var error = Assert.Throws<ArgumentException>(() => Commands.Parse(["frobnicate"]));
        Assert.Contains("import, export, reindex, create-admin, sql-script", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/set-password\?\S+")]
    private static partial Regex SetPasswordLink();
}
