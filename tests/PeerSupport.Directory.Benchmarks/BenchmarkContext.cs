using Microsoft.Extensions.DependencyInjection;
using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>What every stage shares: the options, the report, the seed data and the data folder.</summary>
internal sealed record BenchmarkContext(BenchmarkOptions Options, Report Report, SeedData Seed, LocationResolver Places, string DataFolder)
{
    /// <summary>Listings in the database after the import (published or not).</summary>
    public int ListingCount { get; set; }

    /// <summary>The queries every latency stage uses: the documented mix, or the file's.</summary>
    public List<MixQuery> Queries { get; set; } = [];

    /// <summary>The words' reader from the taxonomy in the database, so queries are read as the results page reads them (null: words as typed).</summary>
    public Search.QueryReader? Reader { get; set; }

    /// <summary>Whether the index holds a word, for the reader (as the page asks ListingSearch).</summary>
    public Func<string, bool>? KnownWord { get; set; }

    /// <summary>Issue 3 states some targets for 100k listings and one for 10k; judge by the nearer size.</summary>
    public bool IsLarge => ListingCount >= 50_000;

    /// <summary>The seed data, the gazetteer's resolver and the query mix (or the file's queries) for a run in <paramref name="folder"/>.</summary>
    public static BenchmarkContext Create(BenchmarkOptions options, Report report, string folder)
    {
        var gazetteer = BenchmarkDirectory.LoadGazetteer();
        var seed = SeedData.Load(gazetteer);
        return new BenchmarkContext(options, report, seed, new LocationResolver(gazetteer, NoPostcodeLookup.Instance), folder)
        {
            Queries = options.QueriesFile is { } queriesFile
                ? QueryMix.Read(queriesFile)
                : QueryMix.Generate(seed, options.Warmup + options.Queries, options.Seed),
        };
    }

    /// <summary>Queries are read as the results page reads them: the taxonomy's words, and the index for the words listings use.</summary>
    public async Task ReadWordsAsThePageDoesAsync(BenchmarkDirectory directory)
    {
        await using var scope = directory.Services.CreateAsyncScope();
        Reader = await Search.QueryReader.LoadAsync(scope.ServiceProvider.GetRequiredService<Data.DirectoryDbContext>());
        KnownWord = directory.Search.KnowsWord;
    }
}
