namespace PeerSupport.Directory.Benchmarks;

internal sealed record MixQuery(string Category, FindQuery Query);

/// <summary>
/// The documented query mix (docs/performance.md): a quarter each of text only, location only,
/// location + three tags + a format, and misspelt text + location. Places are drawn like the
/// listings (London, big cities, anywhere), among names the gazetteer resolves to one place.
/// </summary>
internal static class QueryMix
{
    public const string Text = "text only";
    public const string Location = "location only";
    public const string LocationTagsFormat = "location + 3 tags + format";
    public const string MisspeltLocation = "misspelt text + location";
    public const string FromFile = "from file";

    public static readonly string[] Categories = [Text, Location, LocationTagsFormat, MisspeltLocation];

    private static readonly string[] Words =
    [
        "walking", "hearing voices", "women", "mums", "gay", "art", "bereavement", "anxiety", "prison", "carers", "psychosis",
        "music", "gardening", "young people", "muslim", "autism", "men", "trans", "bipolar", "cooking", "peer support", "lgbt",
        "grief", "new parents", "deaf", "refugees", "older people", "self-harm", "students", "dads",
    ];
    private static readonly string[] Misspelt =
    [
        "wakling", "hearign voices", "womens grup", "beravement", "psycosis", "gardning", "anxeity", "carrers", "bipoler",
        "musik", "preson", "autisim", "lesbain", "selfharm", "refugess", "grefe", "cookin", "studnets", "deff", "tras",
    ];
    private static readonly int[] Miles = [3, 5, 10, 10, 25];
    private static readonly string[] Formats = ["group", "one-to-one", "in-person", "online", "phone"];

    public static List<MixQuery> Generate(SeedData seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed + 1);
        var tags = seed.InCommon.Concat(seed.Activities).Select(t => t.Slug).ToArray();
        var queries = new List<MixQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var category = Categories[random.Next(Categories.Length)];
            var where = seed.PickPlace(random, uniqueName: true).Name;
            var place = $"where={Uri.EscapeDataString(where)}";
            var query = FindQuery.Parse(category switch
            {
                Text => $"q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}",
                Location => $"{place}&miles={Miles[random.Next(Miles.Length)]}{(random.Next(5) == 0 ? "&local=true" : "")}",
                LocationTagsFormat => $"{place}&miles={(random.Next(2) == 0 ? 10 : 25)}"
                    + string.Concat(tags.OrderBy(_ => random.Next()).Take(3).Select(t => $"&tag={t}"))
                    + $"&format={Formats[random.Next(Formats.Length)]}",
                _ => $"{place}&q={Uri.EscapeDataString(Misspelt[random.Next(Misspelt.Length)])}",
            });
            queries.Add(new MixQuery(category, query));
        }
        return queries;
    }

    /// <summary>One query string a line; blank lines and lines starting with # are skipped.</summary>
    public static List<MixQuery> Read(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => new MixQuery(FromFile, FindQuery.Parse(line.StartsWith("/find", StringComparison.Ordinal) ? line[5..] : line)))
            .ToList();
}
