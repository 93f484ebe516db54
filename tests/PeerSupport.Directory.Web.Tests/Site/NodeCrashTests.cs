using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Data;

namespace PeerSupport.Directory.Web.Tests.Site;

/// <summary>A node killed without warning (<c>kill -9</c>) while edits pour in: it comes back, catches up, and has lost nothing.</summary>
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
                var found = false;
                for (var attempt = 0; attempt < 50 && !found; attempt++)
                {
                    found = await visitor.FindsGroupAsync(name, node);
                    if (!found)
                    {
                        await Task.Delay(100);
                    }
                }
                Assert.True(found, $"{node} does not find \"{name}\" after the crash.");
            }
        }
        Assert.Equal(ids.Count, await WithDbAsync(db => db.Listings.CountAsync(l => ids.Contains(l.Id))));
    }

    private async Task<T> WithDbAsync<T>(Func<DirectoryDbContext, Task<T>> work)
    {
        await using var scope = nodes.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }
}
