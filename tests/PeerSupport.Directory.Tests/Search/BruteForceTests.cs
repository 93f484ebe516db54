using PeerSupport.Directory.Benchmarks;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Tests.Search;

/// <summary>
/// The benchmark's correctness stage (brute force over every row in the database against the
/// index's answer) on a small generated set, so a ranking, place or facet change that breaks
/// it fails CI and not only a manual benchmark run. Same generator, query mix and checks as
/// <c>dotnet run --project tests/PeerSupport.Directory.Benchmarks</c>.
/// </summary>
public sealed class BruteForceTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "psd-tests", $"bruteforce-{Guid.NewGuid():N}");

    public Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Location_searches_over_a_generated_set_agree_with_brute_force_on_every_check()
    {
        var options = BenchmarkOptions.Parse(["--listings", "3000", "--queries", "200", "--warmup", "0", "--check-queries", "60", "--seed", "11", "--no-http"]);
        var gazetteer = BenchmarkDirectory.LoadGazetteer();
        var seed = SeedData.Load(gazetteer);
        var context = new BenchmarkContext(options, new Report(), seed, new LocationResolver(gazetteer, NoPostcodeLookup.Instance), folder)
        {
            Queries = QueryMix.Generate(seed, options.Queries, options.Seed),
        };
        await ImportStage.RunAsync(context);
        await using var directory = BenchmarkDirectory.Open(folder, withSearch: true);
        await directory.Indexer.RebuildAsync();
        await CorrectnessStage.RunAsync(context, directory);

        var checks = context.Report.Checks;
        Assert.Equal(11, checks.Count);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
        Assert.All(checks, c => Assert.DoesNotContain(" 0 location queries", " " + c.Detail));
    }
}
