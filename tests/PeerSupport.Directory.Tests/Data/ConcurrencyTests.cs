using Microsoft.EntityFrameworkCore;

namespace PeerSupport.Directory.Tests.Data;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private TestDirectory directory = null!;

    public async Task InitializeAsync() => directory = await TestDirectory.CreateAsync(withIndex: false);

    public async Task DisposeAsync() => await directory.DisposeAsync();

    [Fact]
    public async Task The_second_of_two_overlapping_edits_is_refused_not_silently_applied()
    {
        await directory.ImportAsync(Build.Group("Shared Group", Build.Leeds));
        await using var first = directory.NewContext();
        await using var second = directory.NewContext();
        var a = await first.Listings.SingleAsync();
        var b = await second.Listings.SingleAsync();

        a.Summary = "First person's summary";
        await first.SaveChangesAsync();
        b.Summary = "Second person's summary";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = directory.NewContext();
        Assert.Equal("First person's summary", (await check.Listings.SingleAsync()).Summary);
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_full_synchronous_writes()
    {
        await using var db = directory.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync());
    }
}
