using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Listings.Import;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>
/// A node or a tool killed without warning (<c>kill -9</c>) while edits pour in, while the node
/// rebuilds its index, or while an import saves: it comes back, catches up, and nothing committed is
/// lost or half-written.
/// </summary>
public sealed class NodeCrashTests(TwoSiteProcesses nodes) : IClassFixture<TwoSiteProcesses>
{
    [Fact]
    public async Task A_node_killed_during_a_burst_of_edits_restarts_and_finds_every_listing_by_its_last_name()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(1, 20).Select(i => $"Crashburst {run} {i}").ToList();
        Assert.Equal(names.Count, (await nodes.Services.ImportListingsAsync([.. names.Select(n => TestListings.Group(n))])).Created);
        var ids = await WithDbAsync(db => db.Listings.Where(l => l.Name.StartsWith($"Crashburst {run} ")).Select(l => l.Id).ToListAsync());

        // Renames keep coming (each its own commit) while node A is killed and started again.
        var final = new Dictionary<int, string>();
        var burst = Task.Run(async () =>
        {
            for (var round = 1; round <= 6; round++)
            {
                foreach (var id in ids)
                {
                    var name = $"Crashburst {run} {id} round {round}";
                    await WithDbAsync(async db =>
                    {
                        var listing = await db.Listings.SingleAsync(l => l.Id == id);
                        listing.Name = name;
                        return await db.SaveChangesAsync();
                    });
                    lock (final)
                    {
                        final[id] = name;
                    }
                }
                await Task.Delay(200);
            }
        });
        await Task.Delay(500);
        await nodes.KillAndRestartAAsync();
        await burst;

        using var visitor = TwoSiteProcesses.Browser();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            foreach (var name in final.Values)
            {
                Assert.True(await FindsSoonAsync(visitor, name, node), $"{node} does not find \"{name}\" after the crash.");
            }
        }
        Assert.Equal(ids.Count, await WithDbAsync(db => db.Listings.CountAsync(l => ids.Contains(l.Id))));
    }

    [Fact]
    public async Task A_node_killed_while_it_rebuilds_a_lost_index_rebuilds_it_whole_when_started_again_and_leaves_no_partial_generation()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(1, 1500).Select(i => $"Rebuildcrash {run} {i}").ToList();
        Assert.Equal(names.Count, (await nodes.Services.ImportListingsAsync([.. names.Select(n => TestListings.Group(n))])).Created);
        await nodes.KillAAsync();
        File.Delete(Path.Combine(nodes.IndexOfA, "current"));

        Assert.True(await nodes.StartAAndKillItWhenAsync("Rebuilding the search index"), "Node A never began to rebuild its lost index.");
        await nodes.StartAAsync();

        using var visitor = TwoSiteProcesses.Browser();
        // The rebuild adds listings in id order, so the last ones imported are the ones a half-built index would lack.
        foreach (var name in names.TakeLast(20).Append(names[0]))
        {
            Assert.True(await visitor.FindsGroupAsync(name, nodes.A), $"Node A, started again, does not find \"{name}\".");
        }
        var generations = System.IO.Directory.GetDirectories(nodes.IndexOfA).Select(Path.GetFileName).ToList();
        Assert.Equal([File.ReadAllText(Path.Combine(nodes.IndexOfA, "current")).Trim()], generations);
    }

    [Fact]
    public async Task An_import_killed_while_it_saves_leaves_all_of_its_listings_or_none_and_a_rerun_completes_it()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var records = Enumerable.Range(1, 2000).Select(i => TestListings.Group($"Importcrash {run} {i}")).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"psd-import-crash-{run}.json");
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(new ListingFile { Listings = records }, ListingFile.Json));
        try
        {
            Assert.True(await nodes.RunVerbAndKillItWhenAsync("Saving ", "import", file), "The import never began to save.");

            var prefix = $"web-test-importcrash-{run}-";
            var committed = await WithDbAsync(db => db.Listings.CountAsync(l => l.ExternalId!.StartsWith(prefix)));
            Assert.True(committed is 0 || committed == records.Count, $"{committed} of {records.Count} listings were committed: a half import.");
            Assert.Equal(committed, await WithDbAsync(db => db.Listings.CountAsync(l => l.ExternalId!.StartsWith(prefix) && l.Schedules.Count == 1 && l.Tags.Count == 1)));
            Assert.Equal("ok", await WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                await using var check = db.Database.GetDbConnection().CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                return (string?)await check.ExecuteScalarAsync();
            }));

            var rerun = await nodes.Services.ImportListingsAsync([.. records]);
            Assert.Equal((records.Count - committed, committed), (rerun.Created, rerun.Unchanged));
            using var visitor = TwoSiteProcesses.Browser();
            Assert.True(await FindsSoonAsync(visitor, records[^1].Name!, nodes.B), "Node B does not find the import's last listing.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Whether the node finds the group within about 5 s (it follows the feed once a second).</summary>
    private static async Task<bool> FindsSoonAsync(HttpClient visitor, string name, Uri node)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await visitor.FindsGroupAsync(name, node))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private async Task<T> WithDbAsync<T>(Func<DirectoryDbContext, Task<T>> work)
    {
        await using var scope = nodes.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }
}
