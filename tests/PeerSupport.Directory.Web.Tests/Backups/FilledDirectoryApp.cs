using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Freshness;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Mail;
using PeerSupport.Directory.Moderation;
using PeerSupport.Directory.Sharing;
using PeerSupport.Directory.Web.CommandLine;

namespace PeerSupport.Directory.Web.Tests.Backups;

/// <summary>
/// The demo directory with a row in every table: a lead with a password, two-step sign-in and
/// recovery codes (and a claim, a login, a role claim), a listing they lead that was edited
/// (history, feed), a claim, a problem report, a referrer list, counts, outbox mail, an invite,
/// freshness records, postcodes; and one backup of it all, taken while the site runs.
/// </summary>
public sealed class FilledDirectoryApp : DirectoryAppFactory, IAsyncLifetime
{
    public const string LeadEmail = "backed.up.lead@example.com";

    public string BackupFile => Path.Combine(DataFolder, "..", $"{Path.GetFileName(DataFolder)}.backup.gz");

    public string DatabaseFile => Path.Combine(DataFolder, "directory.db");

    /// <summary>A recovery code made before the backup: it must open the second step on the restored site.</summary>
    public string RecoveryCode { get; private set; } = "";

    public string ListingName { get; } = TestListings.Unique("Backed up group");

    public async Task InitializeAsync()
    {
        _ = Server;
        var leadId = await this.CreateUserAsync(LeadEmail, twoStep: true, Roles.Lead);
        // Signing in through the site makes the data-protection key ring and security events.
        await this.SignedInClientAsync(LeadEmail);
        RecoveryCode = await this.RecoveryCodeAsync(LeadEmail);
        await WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<DirectoryUser>>();
            var user = (await users.FindByIdAsync(leadId))!;
            await users.AddClaimAsync(user, new Claim("backup-test", "a user claim"));
            await users.AddLoginAsync(user, new UserLoginInfo("ExampleProvider", "external-key", "Example"));
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            await roles.AddClaimAsync((await roles.FindByNameAsync(Roles.Lead))!, new Claim("backup-test", "a role claim"));
        });
        var listing = await this.AddListingAsync(TestListings.Group(ListingName), [leadId], l => l.Summary = "Edited after import, so it has history.");
        await this.ReportAsync(listing.Id, ReportKind.WrongDetails, "R-BACKUP", "reporter key");
        var now = DateTime.UtcNow;
        await WithDbAsync(async db =>
        {
            db.ListingClaims.Add(new ListingClaim { ListingId = listing.Id, UserId = leadId, Message = "I run it", CreatedAt = now });
            db.LeadInvites.Add(new() { ListingId = listing.Id, Email = "co.lead@example.com", TokenHash = "hash", InvitedBy = leadId, CreatedAt = now, ExpiresAt = now.AddDays(7) });
            db.ReferrerLists.Add(new ReferrerList { Code = "BKUP1234", EditKeyHash = "edit-hash", Note = "GP list", CreatedAt = now, LastOpenedAt = now, Items = [new() { ListingId = listing.Id, Position = 1 }] });
            db.ListingDailyCounts.Add(new ListingDailyCount { ListingId = listing.Id, Day = DateOnly.FromDateTime(now), Kind = CountKind.Share, Via = "list", Count = 3 });
            db.OutboxMessages.Add(new OutboxMessage { IdempotencyKey = "backup-test", To = LeadEmail, Subject = "Queued", TextBody = "text", HtmlBody = "<p>html</p>", CreatedAt = now, NextAttemptAt = now.AddYears(1) });
            db.OneClickUses.Add(new OneClickUse { Nonce = "nonce-1", ListingId = listing.Id, Action = "confirm", UsedAt = now });
            db.LinkChecks.Add(new LinkCheck { ListingId = listing.Id, Url = "https://example.org/", LastCheckedAt = now, LastResult = "200" });
            db.FreshnessSnapshots.Add(new FreshnessSnapshot { Day = DateOnly.FromDateTime(now), Published = 10, Paused = 1 });
            db.SecurityEvents.Add(new SecurityEvent { At = now, Kind = "backup-test", UserId = leadId });
            db.RecurringRuns.Add(new RecurringRun { JobId = "freshness-sweep", Occurrence = now.Date.AddHours(6), Node = "node-a/1/abcd1234", ClaimedAt = now });
            db.Postcodes.Add(new PostcodePoint { Postcode = "ZZ99 9ZZ", Latitude = 53.8008, Longitude = -1.5491 });
            db.Outcodes.Add(new OutcodePoint { Outcode = "ZZ99", Latitude = 53.8, Longitude = -1.55, Postcodes = 1 });
            db.StagedPostcodes.Add(new StagedPostcode { Postcode = "ZZ99 8ZZ", Latitude = 53.1234567, Longitude = -1.7654321 });
            await db.SaveChangesAsync();
        });
        var (exit, _, error) = await this.RunCommandAsync("backup", BackupFile);
        Assert.True(exit == Commands.Ok, error);
        await WithDbAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {DatabaseAtBackup}"));
        TablesAtBackup = await SqliteFile.TablesAsync(DatabaseAtBackup);
    }

    /// <summary>A copy of the source database made just after the backup (the site keeps running and writing), for reading only.</summary>
    public string DatabaseAtBackup => Path.Combine(DataFolder, "..", $"{Path.GetFileName(DataFolder)}.at-backup.db");

    /// <summary>Every table of the source as SQLite stores it, read from <see cref="DatabaseAtBackup"/>.</summary>
    public SortedDictionary<string, List<string>> TablesAtBackup { get; private set; } = [];

    /// <summary>The backup, restored once by the restore command in its own process into a new data folder, for reading only; its database file.</summary>
    public Task<string> RestoredDatabaseAsync() => RestoredOnceAsync(BackupFile);

    /// <summary>The backup as the version at <paramref name="migrationName"/> would have written it, made once.</summary>
    public Task<OlderBackup> OlderBackupAsync(string migrationName)
    {
        if (!olderBackups.TryGetValue(migrationName, out var older))
        {
            olderBackups[migrationName] = older = OlderBackup.WriteAsync(BackupFile, migrationName);
        }
        return older;
    }

    /// <summary><paramref name="backup"/>, restored once by the restore command in its own process into a new data folder, for reading only; its database file.</summary>
    public async Task<string> RestoredOnceAsync(string backup)
    {
        if (!restored.TryGetValue(backup, out var database))
        {
            restored[backup] = database = RestoreOnceAsync(backup);
        }
        return await database;
    }

    private readonly Dictionary<string, Task<string>> restored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<OlderBackup>> olderBackups = new(StringComparer.Ordinal);
    private readonly List<string> restoreFolders = [];

    private async Task<string> RestoreOnceAsync(string backup)
    {
        var (exit, output, error, database) = await RestoreIntoNewFolderAsync(backup);
        Assert.True(exit == Commands.Ok, $"{output}{error}");
        return database;
    }

    /// <summary>
    /// Restores <paramref name="backup"/> into its own new folder (signing in spends the recovery
    /// code, which would change a restore other tests compare), starts the site on it and signs the
    /// lead in with the original password and then a recovery code; the site and its client.
    /// </summary>
    public async Task<(RestoredDirectoryApp Site, HttpClient Client)> SignInOnRestoredSiteAsync(string backup)
    {
        var (exit, _, error, database) = await RestoreIntoNewFolderAsync(backup);
        Assert.True(exit == Commands.Ok, error);
        var site = new RestoredDirectoryApp(database);
        var client = site.CreateBrowserLikeClient();
        var password = await client.SignInAsync(LeadEmail);
        Assert.StartsWith("/account/login/two-factor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var second = await client.PostFormAsync("/account/login/two-factor?handler=Recovery", new Dictionary<string, string> { ["RecoveryCode"] = RecoveryCode });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, second.StatusCode);
        return (site, client);
    }

    /// <summary>
    /// Runs <c>restore</c> as an operator would, into a new, empty data folder (after <paramref name="prepare"/>
    /// has had its database file's path, to make the target beforehand); returns what it said and where its database file is.
    /// </summary>
    public async Task<(int Exit, string Out, string Error, string DatabaseFile)> RestoreIntoNewFolderAsync(string backup, Func<string, Task>? prepare = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "psd-tests", "restored-" + Guid.NewGuid().ToString("N"));
        restoreFolders.Add(folder);
        if (prepare is not null)
        {
            System.IO.Directory.CreateDirectory(folder);
            await prepare(Path.Combine(folder, "directory.db"));
        }
        var (exit, output, error) = await OperatorCommands.RunCommandProcessAsync("restore", backup, $"--Database:DataFolder={folder}");
        return (exit, output, error, Path.Combine(folder, "directory.db"));
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        File.Delete(BackupFile);
        File.Delete(DatabaseAtBackup);
        // The copies BackupRewrite made of it.
        foreach (var copy in System.IO.Directory.GetFiles(Path.GetDirectoryName(BackupFile)!, Path.GetFileName(BackupFile) + ".*.gz"))
        {
            File.Delete(copy);
        }
        foreach (var folder in restoreFolders.Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
