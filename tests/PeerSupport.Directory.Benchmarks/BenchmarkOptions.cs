using System.Globalization;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>The command line: <c>--name value</c> pairs and a few switches. <c>--help</c> lists them.</summary>
internal sealed class BenchmarkOptions
{
    public int Listings { get; private set; } = 10_000;
    public string? ListingsFile { get; private set; }
    public string? QueriesFile { get; private set; }
    public int Seed { get; private set; } = 20261123;
    public int ImportBatch { get; private set; } = 100;
    public int Warmup { get; private set; } = 300;
    public int Queries { get; private set; } = 2_000;
    public int Edits { get; private set; } = 20;
    public int CorrectnessQueries { get; private set; } = 40;
    public bool Http { get; private set; } = true;
    public int HttpSeconds { get; private set; } = 20;
    public int HttpConcurrency { get; private set; } = 32;
    public bool Wrk { get; private set; } = true;
    public string? WebDll { get; private set; }
    public string? DataFolder { get; private set; }
    public bool Keep { get; private set; }
    public bool ReuseData { get; private set; }
    public string? Output { get; private set; }

    // The stress command (docs/performance.md, "Stress: the index under load").
    public int Minutes { get; private set; } = 1;
    public int Threads { get; private set; }
    public int? RebuildEverySeconds { get; private set; }
    public int EditsPerSecond { get; private set; } = 20;
    public string? LogFile { get; private set; }
    public bool InProcess { get; private set; }
    public int? CrashAfterSeconds { get; private set; }
    public bool RestartCheck { get; private set; }

    /// <summary>Searching threads: as asked, or twice the cores and two more, so searches queue for the cores as a busy site's do.</summary>
    public int SearchThreads => Threads > 0 ? Threads : 2 * Environment.ProcessorCount + 2;

    public const string Usage = """
        PeerSupport.Directory benchmarks (docs/performance.md)

          --listings N            synthetic listings to generate (default 10000)
          --listings-file F       import this file (docs/import-format.md) instead of generating
          --queries-file F        results-page query strings, one a line (where=Leeds&miles=10&q=walking)
          --seed N                random seed for listings and the query mix (default 20261123)
          --import-batch N        listings per ListingImporter call; 0 = the whole set in one call (default 100)
          --warmup N              untimed queries first (default 300)
          --queries N             timed in-process queries (default 2000)
          --edits N               edits timed until searchable (default 20)
          --check-queries N       location queries checked against brute force (default 40)
          --http-seconds N        length of the HTTP load run (default 20; 0 or --no-http skips it)
          --http-concurrency N    concurrent requests (default 32)
          --no-wrk                do not run wrk even if it is installed
          --web-dll F             the built site (default: src/PeerSupport.Directory.Web/bin/<config>/net10.0)
          --data F                data folder (default: a new folder under the temp directory)
          --keep                  keep the data folder afterwards
          --reuse-data            with --data: skip the import when the folder already holds a database
                                  (one kept with --keep), to measure a change to search without importing again
          --out F                 also write the report (markdown) to this file

        stress: many threads search the query mix while edits stream in and, in the second half, the
        index is rebuilt and swapped, all through the site's own SearchIndex (memory-mapped); the run
        is a child process, so a crash is recorded with its exit code and the log's last lines
          stress --listings N --minutes M [--data F --reuse-data] [--keep] [--out F]
          --minutes N             length of the run (default 1)
          --threads N             searching threads (default twice the cores, plus two)
          --edits-per-second N    edits streamed through SaveChangesAsync (default 20; 0 = as fast as they go)
          --rebuild-every N       seconds between rebuilds in the second half (default an eighth of the
                                  run, at least 10; 0 = no rebuilds)
          --log F                 the progress log, written every 10 s (default: a new file in the temp directory)
          --in-process            run here, without the child process that survives a crash
          --crash-after N         check the watcher: after N seconds the run reads a view it has just
                                  unmapped, which ends it with an AccessViolationException
          --restart-check         with --data: open a data folder as the site starts and check the index
                                  against the database (the watcher runs this after a crash)

        soak: two real site processes over one SQLite file under a steady mixed load (searches, group
        pages, shares on both nodes; a rename every 2 s by a third process, timed until both show it)
          soak --listings N --minutes M [--data F --reuse-data] [--keep] [--out F]
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new ArgumentException($"{name} needs a whole number.");
            switch (name)
            {
                case "--listings": options.Listings = Number(); break;
                case "--listings-file": options.ListingsFile = Path.GetFullPath(Value()); break;
                case "--queries-file": options.QueriesFile = Path.GetFullPath(Value()); break;
                case "--seed": options.Seed = Number(); break;
                case "--import-batch": options.ImportBatch = Number(); break;
                case "--warmup": options.Warmup = Number(); break;
                case "--queries": options.Queries = Math.Max(1, Number()); break;
                case "--edits": options.Edits = Number(); break;
                case "--check-queries": options.CorrectnessQueries = Number(); break;
                case "--http-seconds": options.HttpSeconds = Number(); options.Http = options.HttpSeconds > 0; break;
                case "--http-concurrency": options.HttpConcurrency = Math.Max(1, Number()); break;
                case "--no-http": options.Http = false; break;
                case "--no-wrk": options.Wrk = false; break;
                case "--web-dll": options.WebDll = Path.GetFullPath(Value()); break;
                case "--data": options.DataFolder = Path.GetFullPath(Value()); break;
                case "--keep": options.Keep = true; break;
                case "--reuse-data": options.ReuseData = true; break;
                case "--out": options.Output = Path.GetFullPath(Value()); break;
                case "--minutes": options.Minutes = Math.Max(1, Number()); break;
                case "--threads": options.Threads = Number(); break;
                case "--edits-per-second": options.EditsPerSecond = Number(); break;
                case "--rebuild-every": options.RebuildEverySeconds = Number(); break;
                case "--log": options.LogFile = Path.GetFullPath(Value()); break;
                case "--in-process": options.InProcess = true; break;
                case "--crash-after": options.CrashAfterSeconds = Number(); break;
                case "--restart-check": options.RestartCheck = true; break;
                default: throw new ArgumentException($"Unknown option '{name}'. Try --help.");
            }
        }
        return options;
    }
}
