using PeerSupport.Directory.Geography;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>
/// Place resolution in process (issue 12: ≤ 1 ms p99): what people type into "Where?" drawn from
/// the gazetteer the way they type it: exact names, lower case, a county after the name, a
/// short form, one swapped or dropped letter, and names that exist nowhere (the slowest path:
/// every spelling is compared before "not found").
/// </summary>
internal static class PlaceResolutionStage
{
    public static void Run(BenchmarkContext context)
    {
        var random = new Random(context.Options.Seed);
        var places = context.Seed.Places;
        string Typed(int i)
        {
            var place = places[random.Next(places.Count)];
            var name = place.Name;
            return (i % 6) switch
            {
                0 => name,
                1 => name.ToLowerInvariant(),
                2 => $"{name}, {place.County}",
                3 => name.Split(' ', '-')[0],
                4 when name.Length > 5 => SwapTwo(name, random),
                5 => new string([.. name.Reverse()]) + "ton",
                _ => name[..^1],
            };
        }
        var inputs = Enumerable.Range(0, 6_000).Select(Typed).ToList();
        foreach (var input in inputs.Take(500))
        {
            context.Places.ResolveName(input);
        }
        var latencies = new Latencies();
        foreach (var input in inputs)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            context.Places.ResolveName(input);
            latencies.Add(Latencies.Since(start));
        }
        var p99 = latencies.Percentile(99);
        context.Report.Figure("places", "LocationResolver.ResolveName", $"p50 {latencies.Percentile(50):0.000} ms, p99 {p99:0.000} ms, max {latencies.Max:0.00} ms",
            $"{inputs.Count:N0} inputs: exact, lower case, with county, first word, two letters swapped, unknown");
        context.Report.Target("place resolution ≤ 1 ms p99 in process", $"{p99:0.000} ms", p99 <= 1);
    }

    private static string SwapTwo(string name, Random random)
    {
        var at = random.Next(1, name.Length - 2);
        var chars = name.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }
}
